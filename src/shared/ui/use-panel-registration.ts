import { type RefCallback, useCallback } from 'react'

import type { PanelId } from '@/shared/panels/panel-ids'
import { registerPanel } from '@/shared/panels/panel-registry'

/**
 * A ref that registers the element it lands on as panel `id` titled `title` for as long as it
 * is mounted, and again under a new title. Refs attach before any effect runs, so the panels
 * are on the register for the page's first effects.
 */
export function usePanelRegistration(
  id: PanelId,
  title: string,
): RefCallback<HTMLElement> {
  return useCallback(
    (element: HTMLElement | null) =>
      element ? registerPanel({ id, title, element }) : undefined,
    [id, title],
  )
}
