import { describe, expect, it } from 'vitest'

import { axisTicks } from './bin-labels'

const months = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    month: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
  }))

describe('axisTicks', () => {
  it('spaces at most the given number of ticks evenly, first and last included', () => {
    const bins = months(100)
    const ticks = axisTicks(bins, 8)
    expect(ticks).toHaveLength(8)
    expect(ticks[0]).toBe('2000-01')
    expect(ticks[7]).toBe(bins[99]?.month)
    expect(new Set(ticks).size).toBe(8)
  })

  it('ticks every bin when they fit', () => {
    expect(axisTicks(months(3), 8)).toEqual(['2000-01', '2000-02', '2000-03'])
    expect(axisTicks([], 8)).toEqual([])
  })
})
