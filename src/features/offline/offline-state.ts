import { useSyncExternalStore } from 'react'

/** What the page knows about the network, the data's age and the app's next version. */
export interface OfflineState {
  /** `navigator.onLine`, kept up to date by the `online` / `offline` events. */
  readonly online: boolean
  /** The service worker answered a data file from its cache (the network failed). */
  readonly fromCache: boolean
  /** When the data on screen was last fetched over the network (ISO), if known. */
  readonly fetchedAt: string | null
  /** A new version of the app is installed and waits for the user to take it. */
  readonly updateReady: boolean
}

const INITIAL: OfflineState = {
  online: true,
  fromCache: false,
  fetchedAt: null,
  updateReady: false,
}

let state: OfflineState = INITIAL
const listeners = new Set<() => void>()

export function getOfflineState(): OfflineState {
  return state
}

export function setOfflineState(patch: Partial<OfflineState>): void {
  state = { ...state, ...patch }
  for (const listener of listeners) listener()
}

/** Back to the first state (tests). */
export function resetOfflineState(): void {
  setOfflineState(INITIAL)
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useOfflineState(): OfflineState {
  return useSyncExternalStore(subscribe, getOfflineState)
}
