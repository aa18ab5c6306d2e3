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
import { type PickedDimension, countedKinds, optionCounts } from './option-counts'

// The indexed counts against the filter functions on a generated dataset: every value of every
// dimension under many filter states, with places that link nothing, links to places the data
// does not have, visits without an origin and records with repeated values.

function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

const INDUSTRIES = ['i1', 'i2', 'i3', 'i4']
const MUNICIPALITIES = ['m1', 'm2', 'm3']
const REGIONS = ['RU-SMO', 'BY', 'RU-MOS', 'KZ', 'CN']
const VALUES: Record<PickedDimension, string[]> = {
  industries: [...INDUSTRIES, 'nobody'],
  municipalities: [...MUNICIPALITIES, 'nowhere'],
  regions: [...REGIONS, 'none'],
}

function dataset(seed: number) {
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  const some = <T>(list: readonly T[]): T[] =>
    Array.from({ length: Math.floor(next() * 3) }, () => pick(list))
  const base = {
    origin: 'seed' as const,
    confidence: { record: 'high' as const },
    sources: ['s'],
  }
  const place = (id: string) => ({
    ...base,
    id,
    name: { ru: `Место ${id}` },
    location: { precision: 'unknown' as const },
    region: pick(['RU-SMO', 'RU-SMO', 'BY']),
    industries: some(INDUSTRIES),
    ...(next() < 0.8 ? { municipality: pick(MUNICIPALITIES) } : {}),
  })
  const enterprises: Enterprise[] = Array.from({ length: 30 }, (_, i) => ({
    ...place(`e${i}`),
    kind: 'enterprise' as const,
  }))
  const parks: Park[] = Array.from({ length: 6 }, (_, i) => ({
    ...place(`p${i}`),
    kind: 'sez' as const,
  }))
  const ids = [...enterprises, ...parks].map((p) => p.id).concat('ghost')
  const date = () => `202${pick([3, 4, 5])}-0${pick([1, 4, 7, 9])}-1${pick([0, 5])}`
  const visits: Visit[] = Array.from({ length: 20 }, (_, i) => ({
    ...base,
    id: `v${i}`,
    title: { ru: `Визит ${i}` },
    date: date(),
    datePrecision: 'day' as const,
    ...(next() < 0.7 ? { fromRegion: pick(REGIONS) } : {}),
    toRegion: pick(REGIONS),
    ...(next() < 0.6 ? { sitesVisited: some(ids) } : {}),
    ...(next() < 0.4 ? { organisations: some(ids) } : {}),
  }))
  const events: NewsEvent[] = Array.from({ length: 25 }, (_, i) => ({
    ...base,
    id: `n${i}`,
    title: { ru: `Новость ${i}` },
    date: date(),
    datePrecision: 'day' as const,
    type: 'other' as const,
    relevance: pick(['smolensk-industry', 'neighbour-other'] as const),
    regions: some(REGIONS),
    ...(next() < 0.6 ? { entities: some(ids) } : {}),
  }))
  const places = toPlaces({ enterprises, parks })
  return { places, visits, events, index: buildFilterIndex(places, visits, events) }
}

const STATES: Partial<Filters>[] = [
  {},
  { relevance: [] },
  { industries: ['i1'] },
  { industries: ['i2', 'i3'], municipalities: ['m1'] },
  { municipalities: ['m2'], regions: ['BY'] },
  { regions: ['BY', 'KZ'], from: '2024-01-01' },
  { kinds: ['sez'], industries: ['i4'] },
  { q: 'место 1', regions: ['RU-MOS'] },
  { to: '2024-06-30', municipalities: ['m3', 'm1'], industries: ['i1', 'nobody'] },
]

describe('optionCounts agrees with the filter functions', () => {
  it.each([1, 2, 3])(
    'on generated dataset %i, for every value and filter state',
    (seed) => {
      const { places, visits, events, index } = dataset(seed)
      const records = { places, visits, events }
      const all = { enterprises: true, parks: true }
      for (const patch of STATES) {
        const filters = { ...DEFAULT_FILTERS, ...patch }
        for (const dimension of Object.keys(VALUES) as PickedDimension[]) {
          const values = VALUES[dimension]
          const counts = optionCounts(records, filters, index, dimension, values)
          const kinds = countedKinds(dimension)
          for (const value of values) {
            const chosen = filters[dimension]
            const list = chosen.includes(value) ? chosen : [...chosen, value]
            const added = { ...filters, [dimension]: list }
            const expected =
              filterPlaces(places, added, all, index).length +
              (kinds.includes('visits') ? filterVisits(visits, added, index).length : 0) +
              (kinds.includes('events') ? filterEvents(events, added, index).length : 0)
            expect({ patch, dimension, value, count: counts.get(value) }).toEqual({
              patch,
              dimension,
              value,
              count: expected,
            })
          }
        }
      }
    },
  )
})
