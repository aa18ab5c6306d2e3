import { describe, expect, it } from 'vitest'

import { buildTimeBins } from './month-bins'
import { periodOfRange, rangeOfPeriod } from './period'
import type { NewsEvent } from '../schema/records'

const events = ['2024-01-05', '2024-06-20'].map((date, i): NewsEvent => ({
  id: `e${i}`,
  title: { ru: 'e' },
  date,
  datePrecision: 'day',
  type: 'other',
  relevance: 'smolensk-industry',
  regions: [],
  origin: 'seed',
  confidence: { record: 'high' },
  sources: ['s'],
}))
const { bins } = buildTimeBins([], events)

describe('rangeOfPeriod', () => {
  it('covers every bin without a period', () => {
    expect(rangeOfPeriod(bins, null, null)).toEqual({ start: 0, end: 5 })
  })

  it('finds the months that hold the bounds, clamped to the bins', () => {
    expect(rangeOfPeriod(bins, '2024-02-15', '2024-04-01')).toEqual({ start: 1, end: 3 })
    expect(rangeOfPeriod(bins, '2020-01-01', '2030-01-01')).toEqual({ start: 0, end: 5 })
    expect(rangeOfPeriod(bins, '2024-03-01', null)).toEqual({ start: 2, end: 5 })
  })

  it('keeps start before end for a period outside the bins', () => {
    expect(rangeOfPeriod(bins, '2030-01-01', null)).toEqual({ start: 5, end: 5 })
    expect(rangeOfPeriod(bins, null, '2020-01-01')).toEqual({ start: 0, end: 0 })
  })
})

describe('periodOfRange', () => {
  it('runs from the first day of the first month to the last day of the last', () => {
    expect(periodOfRange(bins, { start: 1, end: 1 })).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    })
    expect(rangeOfPeriod(bins, '2024-02-01', '2024-04-30')).toEqual({ start: 1, end: 3 })
  })

  it('sets no period when every bin is chosen', () => {
    expect(periodOfRange(bins, { start: 0, end: 5 })).toEqual({ from: null, to: null })
  })
})
