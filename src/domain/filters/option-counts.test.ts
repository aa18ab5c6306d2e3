import { describe, expect, it } from 'vitest'

import { toPlaces } from '../derive/places'
import type { Enterprise, NewsEvent, Park, Visit } from '../schema/records'
import {
  DEFAULT_FILTERS,
  type Filters,
  buildFilterIndex,
  filterEvents,
  filterPlaces,
  filterVisits,
} from './filters'
import { countedKinds, optionCounts } from './option-counts'

const base = {
  origin: 'seed' as const,
  confidence: { record: 'high' as const },
  sources: ['s'],
}
const where = { location: { precision: 'unknown' as const }, region: 'RU-SMO' }

const enterprises: Enterprise[] = [
  {
    ...base,
    ...where,
    id: 'a',
    kind: 'enterprise',
    name: { ru: 'Альфа' },
    industries: ['machinery'],
    municipality: 'm1',
  },
  {
    ...base,
    ...where,
    id: 'b',
    kind: 'enterprise',
    name: { ru: 'Бета' },
    industries: ['machinery', 'energy'],
    municipality: 'm2',
  },
  {
    ...base,
    ...where,
    id: 'c',
    kind: 'enterprise',
    name: { ru: 'Гамма' },
    industries: ['energy'],
    municipality: 'm1',
  },
]
const parks: Park[] = [
  {
    ...base,
    ...where,
    id: 'p',
    kind: 'sez',
    name: { ru: 'Парк' },
    industries: ['energy'],
    municipality: 'm2',
  },
]
const visits: Visit[] = [
  {
    ...base,
    id: 'v1',
    title: { ru: 'Из Беларуси' },
    date: '2025-03-10',
    datePrecision: 'day',
    fromRegion: 'BY',
    toRegion: 'RU-SMO',
    sitesVisited: ['a'],
  },
  {
    ...base,
    id: 'v2',
    title: { ru: 'Из Москвы' },
    date: '2024-05',
    datePrecision: 'month',
    fromRegion: 'RU-MOS',
    toRegion: 'RU-SMO',
  },
]
const events: NewsEvent[] = [
  {
    ...base,
    id: 'e1',
    title: { ru: 'Соглашение' },
    date: '2025-06-01',
    datePrecision: 'day',
    type: 'agreement',
    relevance: 'smolensk-industry',
    regions: ['RU-SMO', 'BY'],
    entities: ['c'],
  },
  {
    ...base,
    id: 'e2',
    title: { ru: 'Соседи' },
    date: '2025-06-02',
    datePrecision: 'day',
    type: 'other',
    relevance: 'neighbour-other',
    regions: ['BY'],
  },
]

const places = toPlaces({ enterprises, parks })
const index = buildFilterIndex(places, visits, events)
const records = { places, visits, events }
const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch })
const counts = (
  filters: Filters,
  dimension: 'industries' | 'municipalities' | 'regions',
  values: string[],
) => Object.fromEntries(optionCounts(records, filters, index, dimension, values))

describe('countedKinds', () => {
  it('counts the kinds the dimension narrows', () => {
    // Industries and municipalities reach visits and events through their organisations.
    expect(countedKinds('industries')).toEqual([
      'enterprises',
      'parks',
      'visits',
      'events',
    ])
    expect(countedKinds('municipalities')).toEqual([
      'enterprises',
      'parks',
      'visits',
      'events',
    ])
    expect(countedKinds('regions')).toEqual(['enterprises', 'parks', 'visits', 'events'])
  })
})

describe('optionCounts', () => {
  it('counts the records of each industry, zero for an industry nobody has', () => {
    expect(
      counts(DEFAULT_FILTERS, 'industries', ['machinery', 'energy', 'textiles']),
    ).toEqual({
      machinery: 3, // a, b, and v1 (visited a)
      energy: 4, // b, c, p, and e1 (names c)
      textiles: 0,
    })
  })

  it('counts the union with the values already chosen in the same dimension', () => {
    expect(
      counts(f({ industries: ['machinery'] }), 'industries', ['energy', 'machinery']),
    ).toEqual({
      energy: 6, // a, b (machinery) or b, c, p (energy), v1 (a) and e1 (c)
      machinery: 3, // already chosen: what the list passes now
    })
  })

  it('keeps the other dimensions’ filters', () => {
    expect(
      counts(f({ municipalities: ['m1'] }), 'industries', ['machinery', 'energy']),
    ).toEqual({
      machinery: 2, // a, and v1 (a is in m1 and machinery)
      energy: 2, // c, and e1 (c is in m1 and energy)
    })
    expect(
      counts(f({ industries: ['energy'] }), 'municipalities', ['m1', 'm2', 'm3']),
    ).toEqual({
      m1: 2, // c and e1 (v1 visited a, which is not energy)
      m2: 2, // b, p (nothing links them)
      m3: 0,
    })
    expect(counts(f({ q: 'бета' }), 'industries', ['machinery', 'energy'])).toEqual({
      machinery: 1,
      energy: 1,
    })
  })

  it('counts places, visits and events for a partner region, under relevance and period', () => {
    // BY: places a (visited by v1) and c (named by e1), visit v1, event e1 (e2 is not
    // Smolensk industry news). RU-MOS: visit v2 only.
    expect(counts(DEFAULT_FILTERS, 'regions', ['BY', 'RU-MOS', 'KZ'])).toEqual({
      BY: 4,
      'RU-MOS': 1,
      KZ: 0,
    })
    expect(counts(f({ relevance: [] }), 'regions', ['BY'])).toEqual({ BY: 5 })
    expect(counts(f({ from: '2025-01-01' }), 'regions', ['BY', 'RU-MOS'])).toEqual({
      BY: 4,
      'RU-MOS': 0,
    })
  })

  it('agrees with the filter functions once the value is added', () => {
    const all = { enterprises: true, parks: true }
    const cases: [Filters, 'industries' | 'municipalities' | 'regions', string][] = [
      [f({ municipalities: ['m2'] }), 'industries', 'energy'],
      [f({ industries: ['energy'], from: '2025-04-01' }), 'regions', 'BY'],
      [f({ regions: ['RU-MOS'] }), 'regions', 'BY'],
      [f({ q: 'а' }), 'municipalities', 'm1'],
    ]
    for (const [filters, dimension, value] of cases) {
      const added = { ...filters, [dimension]: [...filters[dimension], value] }
      const kinds = countedKinds(dimension)
      const expected =
        filterPlaces(places, added, all, index).length +
        (kinds.includes('visits') ? filterVisits(visits, added, index).length : 0) +
        (kinds.includes('events') ? filterEvents(events, added, index).length : 0)
      expect(counts(filters, dimension, [value])[value]).toBe(expected)
    }
  })
})
