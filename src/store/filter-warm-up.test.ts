import { describe, expect, it, onTestFinished, vi } from 'vitest'

import { eventPlaceIds } from '@/domain/filters/linked-places'

import { seedDatasets } from '@/testing/seed'

import { useAppStore } from './app-store'
import { selectDatasets } from './file-selectors'
import { startFilterWarmUp } from './filter-warm-up'
import { selectFilterIndex } from './selectors'

/** Idle callbacks run by hand, each with 10 ms of idle time. */
function idleByHand() {
  const queue = new Map<number, IdleRequestCallback>()
  let next = 1
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
    queue.set(next, callback)
    return next++
  })
  vi.stubGlobal('cancelIdleCallback', (handle: number) => queue.delete(handle))
  return {
    pending: () => queue.size,
    runAll() {
      while (queue.size > 0) {
        const [handle, callback] = [...queue][0] as [number, IdleRequestCallback]
        queue.delete(handle)
        let left = 10
        callback({ didTimeout: false, timeRemaining: () => (left -= 2) })
      }
    },
  }
}

describe('startFilterWarmUp', () => {
  it('looks up the places of every visit and event in idle time, and again for new records', () => {
    seedDatasets()
    const idle = idleByHand()
    const stop = startFilterWarmUp(useAppStore)
    // After the setup's own clean-up, which resets the store while this still listens.
    onTestFinished(() => {
      stop()
      vi.unstubAllGlobals()
    })
    const state = useAppStore.getState()
    const { visits, events } = selectDatasets(state)
    const index = selectFilterIndex(state)
    const unused = () => {
      throw new Error('looked up again')
    }
    const record = events.find((e) => eventPlaceIds(e).length > 0)
    expect(record).toBeDefined()
    if (!record) return
    // Not yet: nothing is looked up until the browser is idle.
    expect(() => index.linkedPlaces(record, unused)).toThrow('looked up again')
    expect(idle.pending()).toBe(1)
    idle.runAll()
    // Each record is asked with a function that would throw: its places come from the cache.
    for (const visit of visits)
      expect(() => index.linkedPlaces(visit, unused)).not.toThrow()
    for (const event of events)
      expect(() => index.linkedPlaces(event, unused)).not.toThrow()
    expect(index.linkedPlaces(record, unused).length).toBeGreaterThan(0)
    // A store change that keeps the records schedules nothing; new records start over.
    useAppStore.getState().setFilter('q', 'x')
    expect(idle.pending()).toBe(0)
    seedDatasets()
    expect(idle.pending()).toBe(1)
    stop()
    expect(idle.pending()).toBe(0)
  })
})
