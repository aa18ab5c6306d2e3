import { warmFilterIndex } from '@/domain/filters/filter-index'

import type { AppState } from './app-store'
import { selectDatasets } from './file-selectors'
import { selectFilterIndex } from './selectors'

interface Store {
  getState: () => AppState
  subscribe: (listener: (state: AppState) => void) => () => void
}

/** Idle time below this many milliseconds is left to the browser. */
const LEAST_IDLE_MS = 4

/**
 * Makes the filter index's look-ups in idle time whenever the records change, so the first
 * filter change after a load or an import costs what the later ones do. Starts over for new
 * records; stops with the returned function. Without `requestIdleCallback` it does nothing
 * (the look-ups are then made on first use, as before).
 */
export function startFilterWarmUp(store: Store): () => void {
  if (typeof requestIdleCallback !== 'function') return () => {}
  let seen: unknown = null
  let handle: number | null = null
  let steps: Generator<void, void, void> | null = null
  const run = (deadline: IdleDeadline) => {
    handle = null
    if (!steps) {
      // Read in idle time: by then the dashboard has drawn the records and built the index.
      const state = store.getState()
      const { visits, events } = selectDatasets(state)
      steps = warmFilterIndex(selectFilterIndex(state), visits, events)
    }
    while (deadline.timeRemaining() > LEAST_IDLE_MS) if (steps.next().done) return
    handle = requestIdleCallback(run)
  }
  const follow = (state: AppState) => {
    const datasets = selectDatasets(state)
    if (datasets === seen) return
    seen = datasets
    if (handle !== null) cancelIdleCallback(handle)
    steps = null
    handle = requestIdleCallback(run)
  }
  follow(store.getState())
  const unsubscribe = store.subscribe(follow)
  return () => {
    unsubscribe()
    if (handle !== null) cancelIdleCallback(handle)
  }
}
