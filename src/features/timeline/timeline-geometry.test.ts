import { describe, expect, it } from 'vitest'

import { monthBin as bin } from '@/testing/time-bins'

import {
  binAt,
  largestTotal,
  placeLabel,
  spreadLabels,
  stackPieces,
  stepBands,
  totalSteps,
  valueAxis,
} from './timeline-geometry'

const bins = [bin('2024-01', 1, 2), bin('2024-02', 0, 0), bin('2024-03', 4, 1)]

describe('valueAxis', () => {
  it('steps whole numbers by 1, 2 or 5 × 10ⁿ and ends on a tick at or over the largest count', () => {
    expect(valueAxis(5, 100)).toEqual({ max: 6, ticks: [0, 2, 4, 6] })
    expect(valueAxis(3, 40)).toEqual({ max: 4, ticks: [0, 2, 4] })
    expect(valueAxis(0, 100)).toEqual({ max: 1, ticks: [0, 1] })
    const large = valueAxis(1234, 120)
    expect(large.ticks.at(-1)).toBe(large.max)
    expect(large.max).toBeGreaterThanOrEqual(1234)
    expect(large.ticks.length).toBeLessThanOrEqual(5)
    expect(large.ticks[1]).toBe(500)
  })
})

describe('stacking', () => {
  it('stacks each bin’s kinds in the given order and leaves out empty pieces', () => {
    expect(largestTotal(bins, 0, 1)).toBe(3)
    expect(largestTotal(bins, 0, 2)).toBe(5)
    expect(stackPieces(bins, ['visit', 'meeting'])).toEqual([
      { index: 0, kind: 'visit', from: 0, to: 1 },
      { index: 0, kind: 'meeting', from: 1, to: 3 },
      { index: 2, kind: 'visit', from: 0, to: 4 },
      { index: 2, kind: 'meeting', from: 4, to: 5 },
    ])
  })

  it('draws a kind’s band as flat steps sitting on the kinds below it', () => {
    const x = (i: number) => i * 10
    const y = (v: number) => 100 - v
    const [visits, meetings] = stepBands(bins, ['visit', 'meeting'], x, y)
    expect(visits?.path).toBe('M0,99L10,99L10,100L20,100L20,96L30,96L30,100L0,100Z')
    // Meetings sit on the visits: their lower edge is the visits' upper one.
    expect(meetings?.path).toContain('L30,96L20,96')
    expect(meetings?.path.startsWith('M0,97L10,97')).toBe(true)
    expect(totalSteps(bins, x, y)).toBe(
      'M0,100L0,97L10,97L10,100L20,100L20,95L30,95L30,100Z',
    )
    expect(totalSteps([], x, y)).toBe('')
  })

  it('draws a stretch of equal bins as one flat run, to a tenth of a pixel', () => {
    const long = [
      bin('2024-01', 2, 0),
      ...Array.from({ length: 500 }, () => bin('2024-02', 0, 0)),
    ]
    const x = (i: number) => i / 3
    const [visits] = stepBands(long, ['visit'], x, (v) => 100 - v)
    expect(visits?.path).toBe('M0,98L0.3,98L0.3,100L167,100L167,100L0,100Z')
    expect(totalSteps(long, x, (v) => 100 - v)).toBe(
      'M0,100L0,98L0.3,98L0.3,100L167,100L167,100Z',
    )
  })
})

describe('placeLabel', () => {
  it('centres a label that fits and pins one that would cross an edge against it', () => {
    expect(placeLabel(100, 40, 0, 300)).toEqual({ x: 100, anchor: 'middle' })
    expect(placeLabel(10, 40, 0, 300)).toEqual({ x: 0, anchor: 'start' })
    expect(placeLabel(290, 40, 0, 300)).toEqual({ x: 300, anchor: 'end' })
  })
})

describe('spreadLabels', () => {
  it('keeps labels apart: a label pinned to an edge that would touch its neighbour drops it', () => {
    // The first is pinned to the left edge and now reaches 45; the second starts at 40.
    const labels = [
      { centre: 10, width: 40 },
      { centre: 60, width: 40 },
      { centre: 120, width: 40 },
      { centre: 190, width: 40 },
    ]
    expect(spreadLabels(labels, 5, 200, 8)).toEqual([
      { index: 0, x: 5, anchor: 'start' },
      { index: 2, x: 120, anchor: 'middle' },
      { index: 3, x: 200, anchor: 'end' },
    ])
  })

  it('lets the last label in, dropping the one before it that crowds it', () => {
    const labels = [
      { centre: 20, width: 30 },
      { centre: 100, width: 30 },
      { centre: 125, width: 30 },
    ]
    expect(spreadLabels(labels, 0, 200, 8).map((l) => l.index)).toEqual([0, 2])
    // Two labels that cannot both fit: the first stays.
    expect(spreadLabels(labels.slice(0, 1).concat(labels[0]!), 0, 200, 8)).toHaveLength(1)
  })
})

describe('binAt', () => {
  it('finds the bin under an offset, clamped to the bins there are', () => {
    expect(binAt(25, 10, 5)).toBe(2)
    expect(binAt(-3, 10, 5)).toBe(0)
    expect(binAt(999, 10, 5)).toBe(4)
    expect(binAt(5, 10, 0)).toBe(0)
  })
})
