import { describe, expect, it } from 'vitest'

import { axisTicks, tickCount } from './bin-labels'

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

describe('axisTicks on a narrow axis', () => {
  it('names only the first bin when one tick fits, never an empty or NaN tick', () => {
    expect(axisTicks(months(30), 1)).toEqual(['2000-01'])
    expect(axisTicks(months(30), 0)).toEqual(['2000-01'])
    expect(axisTicks(months(1), 1)).toEqual(['2000-01'])
  })
})

describe('tickCount', () => {
  // «07.2024»: seven characters, 8 px each, with 14 px between labels → 70 px per tick.
  it('fits the ticks a strip from 360 to 480 px wide has room for', () => {
    for (const width of [360, 390, 420, 480]) {
      const plot = width - 36 - 28
      const count = tickCount(plot, 7)
      // Each label with its gap fits its share of the axis: no two touch.
      expect(count * (7 * 8) + (count - 1) * 14).toBeLessThanOrEqual(plot)
      expect(count).toBeGreaterThanOrEqual(3)
    }
    expect(tickCount(296, 7)).toBe(4)
    expect(tickCount(416, 7)).toBe(6)
  })

  it('gives fewer ticks for longer labels, at least one and at most the cap', () => {
    expect(tickCount(416, 12)).toBeLessThan(tickCount(416, 7))
    expect(tickCount(10, 7)).toBe(1)
    expect(tickCount(5000, 4)).toBe(12)
    expect(tickCount(5000, 4, 20)).toBe(20)
  })
})
