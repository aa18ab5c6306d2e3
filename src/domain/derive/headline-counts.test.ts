import { describe, expect, it } from 'vitest'

import type { Enterprise, NewsEvent, Park, Visit } from '../schema/records'
import { countMasked, headlineColumns, headlineCounts } from './headline-counts'
import { toPlaces } from './places'

const base = {
  origin: 'seed' as const,
  confidence: { record: 'high' as const },
  sources: ['s'],
  location: { precision: 'unknown' as const },
  industries: ['x'],
}

const organisation = (
  id: string,
  kind: Enterprise['kind'],
  region: string,
): Enterprise => ({ ...base, id, kind, region, name: { ru: id } })

const enterprises: Enterprise[] = [
  organisation('home-1', 'enterprise', 'RU-SMO'),
  organisation('home-2', 'enterprise', 'RU-SMO'),
  organisation('abroad', 'enterprise', 'RU-BRY'),
  organisation('ministry', 'government-body', 'RU-SMO'),
  organisation('union', 'association', 'RU-MOW'),
  organisation('group', 'holding', 'RU-SMO'),
]
const parks: Park[] = [
  { ...base, id: 'sez', kind: 'sez', region: 'RU-SMO', name: { ru: 'sez' } },
  { ...base, id: 'cl', kind: 'cluster', region: 'RU-BRY', name: { ru: 'cl' } },
]

const visit = (id: string, fromRegion: string | undefined, toRegion: string): Visit => ({
  ...base,
  id,
  title: { ru: id },
  date: '2025-01-01',
  datePrecision: 'day',
  toRegion,
  ...(fromRegion ? { fromRegion } : {}),
})
const visits = [
  visit('out', 'RU-SMO', 'BY-VI'),
  visit('in', 'RU-CHE', 'RU-SMO'),
  visit('in-unknown-origin', undefined, 'RU-SMO'),
  visit('elsewhere', 'BY-HO', 'RU-BRY'),
]
const events = [{ id: 'e1' }, { id: 'e2' }, { id: 'e3' }] as unknown as NewsEvent[]

describe('headlineCounts', () => {
  const counts = headlineCounts(
    toPlaces({ enterprises, parks }),
    visits,
    events,
    'RU-SMO',
  )

  it('counts enterprises of kind «enterprise» in the home region first', () => {
    expect(counts.enterprises).toBe(2)
  })

  it('counts every other organisation apart: other kinds, other regions', () => {
    expect(counts.otherOrganisations).toBe(4)
  })

  it('counts every park and zone, wherever it is', () => {
    expect(counts.parks).toBe(2)
  })

  it('counts visits from or to the home region only', () => {
    expect(counts.visits).toBe(3)
  })

  it('counts every event it is given', () => {
    expect(counts.events).toBe(3)
  })

  it('follows the home region', () => {
    const bryansk = headlineCounts(toPlaces({ enterprises, parks }), visits, [], 'RU-BRY')
    expect(bryansk).toEqual({
      enterprises: 1,
      otherOrganisations: 5,
      parks: 2,
      visits: 1,
      events: 0,
    })
  })
})

describe('countMasked', () => {
  const places = toPlaces({ enterprises, parks })
  const columns = headlineColumns(places, visits, events, 'RU-SMO')

  it('counts every record like headlineCounts when no mask is given', () => {
    expect(countMasked(columns)).toEqual(headlineCounts(places, visits, events, 'RU-SMO'))
  })

  it('counts only what the masks mark, as headlineCounts counts the same subsets', () => {
    // Every other record of each kind passes.
    const alternate = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i + 1) % 2)
    const masks = {
      places: alternate(places.length),
      visits: alternate(visits.length),
      events: alternate(events.length),
    }
    const keep = <T>(records: readonly T[], mask: Uint8Array) =>
      records.filter((_, i) => mask[i] === 1)
    expect(countMasked(columns, masks)).toEqual(
      headlineCounts(
        keep(places, masks.places),
        keep(visits, masks.visits),
        keep(events, masks.events),
        'RU-SMO',
      ),
    )
    expect(countMasked(columns, masks).visits).toBe(2)
  })
})
