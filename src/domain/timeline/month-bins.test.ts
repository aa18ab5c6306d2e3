import { describe, expect, it } from 'vitest'

import type { EventType, NewsEvent, Visit } from '../schema/records'
import { BAR_BINS, MAX_BINS, buildTimeBins, drawsBars, presentKinds } from './month-bins'

function visit(id: string, date: string, datePrecision: Visit['datePrecision']): Visit {
  return {
    id,
    title: { ru: id },
    date,
    datePrecision,
    fromRegion: 'RU-CHE',
    toRegion: 'RU-SMO',
    origin: 'seed',
    confidence: { record: 'high' },
    sources: ['s'],
  }
}

function event(
  id: string,
  date: string,
  type: EventType,
  datePrecision: NewsEvent['datePrecision'] = date.length === 7 ? 'month' : 'day',
): NewsEvent {
  return {
    id,
    title: { ru: id },
    date,
    datePrecision,
    type,
    relevance: 'smolensk-industry',
    regions: ['RU-SMO'],
    origin: 'seed',
    confidence: { record: 'high' },
    sources: ['s'],
  }
}

describe('buildTimeBins', () => {
  it('keeps the months of the span and counts only the records given (a filter changes heights, not the axis)', () => {
    const all = [
      event('a', '2024-01-10', 'agreement'),
      event('b', '2024-03-02', 'agreement'),
      event('c', '2024-06-20', 'meeting'),
    ]
    const filtered = all.slice(1, 2)
    const { bins } = buildTimeBins([], filtered, undefined, { visits: [], events: all })
    expect(bins.map((bin) => bin.month)).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
    ])
    expect(bins.map((bin) => bin.total)).toEqual([0, 0, 1, 0, 0, 0])
    // Without a span the axis follows the records themselves.
    expect(buildTimeBins([], filtered).bins.map((bin) => bin.month)).toEqual(['2024-03'])
  })

  it('has no bins without records', () => {
    expect(buildTimeBins([], [])).toEqual({ unit: 'month', bins: [] })
  })

  it('makes one bin per month from the first to the last, empty months too', () => {
    const { unit, bins } = buildTimeBins(
      [visit('v', '2025-11-15', 'on-or-before')],
      [event('a', '2025-08', 'meeting'), event('b', '2025-08-31', 'meeting')],
    )
    expect(unit).toBe('month')
    expect(bins.map((b) => b.month)).toEqual(['2025-08', '2025-09', '2025-10', '2025-11'])
    expect(bins[0]).toMatchObject({ month: '2025-08', last: '2025-08', meeting: 2 })
    expect(bins[1]).toMatchObject({ total: 0, meeting: 0, visit: 0 })
    expect(bins[3]).toMatchObject({ visit: 1, meeting: 0, total: 1 })
  })

  it('counts visits as `visit` and events by their type, across a year end', () => {
    const { bins } = buildTimeBins(
      [visit('v', '2024-12', 'month')],
      [
        event('a', '2024-12-01', 'visit'),
        event('b', '2025-01-10', 'agreement'),
        event('c', '2025-01-20', 'round-table'),
      ],
    )
    expect(bins.map((b) => b.month)).toEqual(['2024-12', '2025-01'])
    expect(bins[0]).toMatchObject({ visit: 2, total: 2 })
    expect(bins[1]).toMatchObject({ agreement: 1, 'round-table': 1, total: 2 })
    expect(presentKinds(bins)).toEqual(['visit', 'round-table', 'agreement'])
  })

  it('bins by quarter, then year, when months would be too many bars', () => {
    const records = [event('a', '2020-02-10', 'other'), event('b', '2021-11', 'funding')]
    const quarters = buildTimeBins([], records, 12)
    expect(quarters.unit).toBe('quarter')
    expect(quarters.bins.map((b) => `${b.month}..${b.last}`)).toEqual([
      '2020-01..2020-03',
      '2020-04..2020-06',
      '2020-07..2020-09',
      '2020-10..2020-12',
      '2021-01..2021-03',
      '2021-04..2021-06',
      '2021-07..2021-09',
      '2021-10..2021-12',
    ])
    expect(quarters.bins[0]).toMatchObject({ other: 1, total: 1 })
    expect(quarters.bins[7]).toMatchObject({ funding: 1, total: 1 })
    const years = buildTimeBins([], records, 4)
    expect(years.unit).toBe('year')
    expect(years.bins.map((b) => b.month)).toEqual(['2020-01', '2021-01'])
  })

  it('stays within the bar limit over centuries', () => {
    const { unit, bins } = buildTimeBins(
      [],
      [event('a', '1200-01', 'other'), event('b', '2025-06-01', 'other')],
    )
    expect(unit).toBe('year')
    expect(bins.length).toBeLessThanOrEqual(MAX_BINS)
    expect(bins.reduce((sum, b) => sum + b.total, 0)).toBe(2)
  })
})

describe('drawsBars', () => {
  it('draws a single month, and any view up to BAR_BINS bins, as bars', () => {
    expect(drawsBars(1)).toBe(true)
    expect(drawsBars(12)).toBe(true)
    expect(drawsBars(BAR_BINS)).toBe(true)
  })

  it('draws a longer view as steps', () => {
    expect(drawsBars(BAR_BINS + 1)).toBe(false)
    expect(drawsBars(MAX_BINS)).toBe(false)
  })
})
