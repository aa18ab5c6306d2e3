import { describe, expect, it } from 'vitest'

import { toPlaces } from '../derive/places'
import type { Enterprise, NewsEvent, Park, Visit } from '../schema/records'
import { dateSpan, spanInRange } from './date-range'
import {
  DEFAULT_FILTERS,
  type Filters,
  buildFilterIndex,
  filterEvents,
  filterPlaces,
  filterVisits,
  hasActiveFilters,
} from './filters'

const base = {
  origin: 'seed' as const,
  confidence: { record: 'high' as const },
  sources: ['s'],
}

const enterprises: Enterprise[] = [
  {
    ...base,
    id: 'smaz',
    kind: 'enterprise',
    name: { ru: 'Смоленский авиационный завод', en: 'Smolensk Aviation Plant' },
    shortName: { ru: 'СмАЗ' },
    industries: ['aerospace', 'defence'],
    region: 'RU-SMO',
    municipality: 'smolensk-city',
    location: { lat: 54.8, lon: 32, precision: 'site' },
  },
  {
    ...base,
    id: 'rts',
    kind: 'enterprise',
    name: { ru: 'Рославльские тормозные системы' },
    industries: ['automotive'],
    region: 'RU-SMO',
    municipality: 'roslavlsky',
    location: { lat: 53.9, lon: 32.8, precision: 'stand-in' },
  },
]
const parks: Park[] = [
  {
    ...base,
    id: 'stabna',
    kind: 'sez',
    name: { ru: 'ОЭЗ «Стабна»' },
    industries: ['multi-sector'],
    region: 'RU-SMO',
    location: { precision: 'unknown' },
  },
]
const visits: Visit[] = [
  {
    ...base,
    id: 'v-che',
    title: { ru: 'Делегация Южного Урала' },
    date: '2025-11-15',
    datePrecision: 'on-or-before',
    fromRegion: 'RU-CHE',
    toRegion: 'RU-SMO',
    sitesVisited: ['rts'],
  },
  {
    ...base,
    id: 'v-mos',
    title: { ru: 'Рабочий визит' },
    date: '2024-07',
    datePrecision: 'month',
    fromRegion: 'RU-MOS',
    toRegion: 'RU-SMO',
  },
]
const events: NewsEvent[] = [
  {
    ...base,
    id: 'e1',
    title: { ru: 'Встреча' },
    date: '2024-07',
    datePrecision: 'month',
    type: 'meeting',
    relevance: 'smolensk-industry',
    regions: ['RU-SMO', 'RU-MOS'],
  },
  {
    ...base,
    id: 'e2',
    title: { ru: 'Новости соседей' },
    date: '2025-12-12',
    datePrecision: 'day',
    type: 'other',
    relevance: 'neighbour-other',
    regions: ['RU-BRY'],
  },
]

const places = toPlaces({ enterprises, parks })
const index = buildFilterIndex(places, visits, events)
const all = { enterprises: true, parks: true }
const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch })
const ids = (list: readonly { id?: string; record?: { id: string } }[]) =>
  list.map((x) => x.record?.id ?? x.id)

describe('filterPlaces', () => {
  it('keeps places with any chosen industry', () => {
    expect(ids(filterPlaces(places, f({ industries: ['defence'] }), all, index))).toEqual(
      ['smaz'],
    )
  })

  it('narrows by municipality and kind', () => {
    expect(
      ids(filterPlaces(places, f({ municipalities: ['roslavlsky'] }), all, index)),
    ).toEqual(['rts'])
    expect(ids(filterPlaces(places, f({ kinds: ['sez'] }), all, index))).toEqual([
      'stabna',
    ])
  })

  it('keeps places a partner region’s visits name', () => {
    expect(ids(filterPlaces(places, f({ regions: ['RU-CHE'] }), all, index))).toEqual([
      'rts',
    ])
  })

  it('searches names and short names ignoring case and ё/е', () => {
    expect(ids(filterPlaces(places, f({ q: 'смаз' }), all, index))).toEqual(['smaz'])
    expect(ids(filterPlaces(places, f({ q: 'AVIATION' }), all, index))).toEqual(['smaz'])
    expect(ids(filterPlaces(places, f({ q: 'тормозные' }), all, index))).toEqual(['rts'])
  })

  it('respects the map layers', () => {
    expect(
      ids(
        filterPlaces(places, DEFAULT_FILTERS, { enterprises: false, parks: true }, index),
      ),
    ).toEqual(['stabna'])
  })
})

describe('filterVisits and filterEvents', () => {
  it('counts a month-precision date when any day of the month is in the period', () => {
    expect(
      ids(filterVisits(visits, f({ from: '2024-07-31', to: '2024-07-31' }), index)),
    ).toEqual(['v-mos'])
    expect(ids(filterVisits(visits, f({ from: '2024-08-01' }), index))).toEqual(['v-che'])
  })

  it('counts an on-or-before date as its stated day', () => {
    expect(ids(filterVisits(visits, f({ to: '2025-11-14' }), index))).toEqual(['v-mos'])
    expect(
      ids(filterVisits(visits, f({ from: '2025-11-15', to: '2025-11-15' }), index)),
    ).toEqual(['v-che'])
  })

  it('shows Smolensk industry news by default and neighbours on request', () => {
    expect(ids(filterEvents(events, DEFAULT_FILTERS, index))).toEqual(['e1'])
    expect(
      ids(
        filterEvents(
          events,
          f({ relevance: ['smolensk-industry', 'neighbour-other'] }),
          index,
        ),
      ),
    ).toEqual(['e1', 'e2'])
  })

  it('narrows visits and events by partner region', () => {
    expect(ids(filterVisits(visits, f({ regions: ['RU-MOS'] }), index))).toEqual([
      'v-mos',
    ])
    expect(ids(filterEvents(events, f({ regions: ['RU-MOS'] }), index))).toEqual(['e1'])
  })

  it('matches a visit of unknown origin by its destination only', () => {
    const { fromRegion: _, ...unknownOrigin } = visits[0] as Visit
    const own = buildFilterIndex(places, [unknownOrigin], [])
    const to = unknownOrigin.toRegion
    expect(ids(filterVisits([unknownOrigin], f({ regions: [to] }), own))).toEqual([
      unknownOrigin.id,
    ])
    expect(ids(filterVisits([unknownOrigin], f({ regions: ['XX-ZZ'] }), own))).toEqual([])
  })
})

describe('date spans and active filters', () => {
  it('spans a month and an end date', () => {
    expect(dateSpan('2024-02', 'month')).toEqual({
      start: '2024-02-01',
      end: '2024-02-29',
    })
    expect(dateSpan('2025-11-15', 'on-or-before')).toEqual({
      start: '2025-11-15',
      end: '2025-11-15',
    })
    expect(dateSpan('2025-11-10', 'day', '2025-11-12').end).toBe('2025-11-12')
    expect(
      spanInRange({ start: '2024-07-01', end: '2024-07-31' }, null, '2024-07-01'),
    ).toBe(true)
  })

  it('knows when anything is filtered', () => {
    expect(hasActiveFilters(DEFAULT_FILTERS)).toBe(false)
    expect(hasActiveFilters(f({ q: ' ' }))).toBe(false)
    expect(hasActiveFilters(f({ relevance: [] }))).toBe(true)
    expect(hasActiveFilters(f({ from: '2024-01-01' }))).toBe(true)
  })
})
