import { useCallback, useSyncExternalStore } from 'react'

/** The media query list, or `null` where there is none (jsdom, old engines). */
function queryList(query: string): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(query)
    : null
}

/** True while the media query matches; follows the viewport live. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = queryList(query)
      list?.addEventListener('change', onChange)
      return () => list?.removeEventListener('change', onChange)
    },
    [query],
  )
  return useSyncExternalStore(
    subscribe,
    () => queryList(query)?.matches ?? false,
    () => false,
  )
}

/** The phone layout: map first, filters and details in sheets. */
export const PHONE_QUERY = '(max-width: 640px)'
