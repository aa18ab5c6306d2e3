import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { useDrawnLater } from './use-drawn-later'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

/** Runs the timers due now, one task's worth at a time, `times` times. */
const runTasks = (times: number) =>
  act(() => {
    for (let i = 0; i < times; i++) vi.advanceTimersToNextTimer()
  })

describe('useDrawnLater', () => {
  it('draws a new key only the given number of tasks later, keeping what was drawn', () => {
    const { result, rerender } = renderHook(
      ({ key, value }) => useDrawnLater(key, value, 2),
      { initialProps: { key: 'a', value: 1 } },
    )
    expect(result.current).toBeUndefined()
    runTasks(1)
    expect(result.current).toBeUndefined()
    runTasks(1)
    expect(result.current).toBe(1)

    // New data: what was drawn stays until two tasks later.
    rerender({ key: 'b', value: 10 })
    expect(result.current).toBe(1)
    runTasks(1)
    expect(result.current).toBe(1)
    runTasks(1)
    expect(result.current).toBe(10)
  })

  it('draws a new value under the same key at once', () => {
    const { result, rerender } = renderHook(
      ({ key, value }) => useDrawnLater(key, value, 1),
      { initialProps: { key: 'a', value: 1 } },
    )
    runTasks(1)
    expect(result.current).toBe(1)
    rerender({ key: 'a', value: 2 })
    expect(result.current).toBe(2)
  })

  it('leaves no timer behind when unmounted before drawing', () => {
    const { unmount } = renderHook(() => useDrawnLater('a', 1, 3))
    expect(vi.getTimerCount()).toBe(1)
    unmount()
    expect(vi.getTimerCount()).toBe(0)
  })
})
