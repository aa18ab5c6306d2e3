import type { ReactNode } from 'react'

import { safeHref } from '@/shared/format/safe-url'

/** A link that opens in a new tab; a non-http(s) URL is shown as inert text. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const safe = safeHref(href)
  if (!safe) return <span>{children}</span>
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  )
}
