import type { KeyValueStore } from '@/shared/storage/versioned'

import { useAppStore } from './app-store'

/** The browser's storage, or `null` where it is blocked (some private modes throw on access). */
function browserStorage(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/**
 * Reads the user's scenes from the browser into the store, which keeps them there from then
 * on. Reading checks each scene by the scene schema (zod), so this comes in a chunk of its own,
 * fetched at start alongside the data loader instead of with the first page load.
 */
export async function openUserScenes(store = useAppStore): Promise<void> {
  const { readStoredScenes, writeStoredScenes } =
    await import('@/domain/scenes/scenes-storage')
  const storage = browserStorage()
  store
    .getState()
    .takeStoredScenes(readStoredScenes(storage), (scenes) =>
      writeStoredScenes(storage, scenes),
    )
}
