import { useSyncExternalStore } from 'react'

/** A device whose main pointer cannot hover: a phone or a tablet. */
const QUERY = '(hover: none)'

let query: MediaQueryList | null | undefined

/** One query list for the page: every marker reads it on every render. */
function touchQuery(): MediaQueryList | null {
  query ??=
    typeof window !== 'undefined' && typeof window.matchMedia === 'function'
      ? window.matchMedia(QUERY)
      : null
  return query
}

function subscribe(onChange: () => void): () => void {
  const list = touchQuery()
  list?.addEventListener('change', onChange)
  return () => list?.removeEventListener('change', onChange)
}

const touchOnly = () => touchQuery()?.matches ?? false

/**
 * True on a device without hover. There a marker's hover tooltip would open on the tap, over
 * the details the tap opens, and clip at the map's edge: markers then carry no tooltip (their
 * names stay in their accessible names and in the details).
 */
export function useTouchOnly(): boolean {
  return useSyncExternalStore(subscribe, touchOnly, () => false)
}
