import { type AppState, useAppStore } from '@/store/app-store'

import { getOfflineState, setOfflineState } from './offline-state'

/** Where the time of the last data load over the network is kept between visits. */
export const FETCHED_AT_KEY = 'promkarta.dataFetchedAt'

export function storedFetchedAt(storage: Storage | undefined): string | null {
  try {
    return storage?.getItem(FETCHED_AT_KEY) ?? null
  } catch {
    return null
  }
}

function storeFetchedAt(storage: Storage | undefined, iso: string): void {
  try {
    storage?.setItem(FETCHED_AT_KEY, iso)
  } catch {
    // Private mode or a full storage: the banner then names no date.
  }
}

/** The manifest and every file it lists have settled (loaded or failed). */
function dataSettled(s: AppState): boolean {
  return (
    s.manifest.status === 'ready' &&
    Object.values(s.files).every((f) => f.status === 'ready' || f.status === 'error')
  )
}

/**
 * Remembers when the data was last loaded over the network: each time a load settles while
 * the browser is online and no file came from the service worker's cache, the time is kept in
 * `storage`. Returns the unsubscribe function.
 */
export function watchDataLoads(storage: Storage | undefined, now = () => new Date()) {
  let settled = dataSettled(useAppStore.getState())
  return useAppStore.subscribe((s) => {
    const next = dataSettled(s)
    if (next && !settled) {
      const { online, fromCache } = getOfflineState()
      if (online && !fromCache) {
        const iso = now().toISOString()
        storeFetchedAt(storage, iso)
        setOfflineState({ fetchedAt: iso })
      }
    }
    settled = next
  })
}
