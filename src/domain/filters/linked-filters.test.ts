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

/**
 * One filter meaning everywhere: industries and municipalities are properties of enterprises
 * and parks and reach visits and events through the organisations those link; partner regions
 * are properties of visits and events and reach places through the visits and events that link
 * them. Each kind has items that link no organisation, one that passes, and only failing ones.
 */

const base = {
  origin: 'seed' as const,
  confidence: { record: 'high' as const },
  sources: ['s'],
}
const at = { lat: 54.8, lon: 32, precision: 'site' as const }

const enterprise = (
  id: string,
  industries: string[],
  municipality: string,
  kind: Enterprise['kind'] = 'enterprise',
): Enterprise => ({
  ...base,
  id,
  kind,
  name: { ru: id },
  industries,
  region: 'RU-SMO',
  municipality,
  location: at,
})

const enterprises: Enterprise[] = [
  enterprise('plane', ['aerospace'], 'smolensk-city'),
  enterprise('brakes', ['automotive'], 'roslavlsky'),
  enterprise('glass', ['glass'], 'gagarinsky'),
  enterprise('ministry', ['public'], 'smolensk-city', 'government-body'),
]
const parks: Park[] = [
  {
    ...base,
    id: 'zone',
    kind: 'sez',
    name: { ru: 'zone' },
    industries: ['multi-sector', 'aerospace'],
    region: 'RU-SMO',
    municipality: 'safonovsky',
    location: at,
  },
  {
    ...base,
    id: 'quiet-park',
    kind: 'industrial-park',
    name: { ru: 'quiet-park' },
    industries: ['multi-sector'],
    region: 'RU-SMO',
    municipality: 'yartsevsky',
    location: at,
  },
]

const visit = (id: string, links: Partial<Visit>, fromRegion = 'RU-CHE'): Visit => ({
  ...base,
  id,
  title: { ru: id },
  date: '2025-03-01',
  datePrecision: 'day',
  fromRegion,
  toRegion: 'RU-SMO',
  ...links,
})
const visits: Visit[] = [
  visit('v-none', {}),
  visit('v-org', { organisations: ['brakes', 'plane'] }),
  visit('v-site', { sitesVisited: ['zone'] }, 'BY-VI'),
  visit('v-failing', { organisations: ['glass', 'ministry'] }, 'RU-MOS'),
  visit('v-unknown', { organisations: ['no-such-place'] }),
]

const event = (
  id: string,
  entities: string[] | undefined,
  regions: string[],
): NewsEvent => ({
  ...base,
  id,
  title: { ru: id },
  date: '2025-04-01',
  datePrecision: 'day',
  type: 'meeting',
  relevance: 'smolensk-industry',
  regions,
  ...(entities ? { entities } : {}),
})
const events: NewsEvent[] = [
  event('e-none', undefined, ['RU-SMO']),
  event('e-empty', [], ['RU-SMO']),
  event('e-one', ['glass', 'plane'], ['RU-SMO', 'RU-TVE']),
  event('e-failing', ['brakes', 'ministry'], ['RU-SMO']),
  event('e-park', ['zone'], ['RU-SMO']),
]

const places = toPlaces({ enterprises, parks })
const index = buildFilterIndex(places, visits, events)
const all = { enterprises: true, parks: true }
const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch })
const placeIds = (filters: Filters, type: 'enterprise' | 'park') =>
  filterPlaces(places, filters, all, index)
    .filter((p) => p.type === type)
    .map((p) => p.record.id)
const visitIds = (filters: Filters) =>
  filterVisits(visits, filters, index).map((v) => v.id)
const eventIds = (filters: Filters) =>
  filterEvents(events, filters, index).map((e) => e.id)

describe('enterprises', () => {
  it('pass industry and municipality filters by their own fields', () => {
    expect(placeIds(f({ industries: ['aerospace'] }), 'enterprise')).toEqual(['plane'])
    expect(placeIds(f({ municipalities: ['smolensk-city'] }), 'enterprise')).toEqual([
      'plane',
      'ministry',
    ])
  })

  it('pass the same from the index’s columns as from their records, and after a change', () => {
    // A copy of a place is not its slot's: it is tested by its record, with the same result.
    const copies = places.map((p) => ({ ...p }))
    for (const filters of [
      f({ industries: ['aerospace', 'glass'] }),
      f({ municipalities: ['smolensk-city', 'safonovsky'] }),
      f({ industries: ['aerospace'], municipalities: ['safonovsky'] }),
      f({ industries: ['not-an-industry'] }),
      f({ municipalities: [''] }),
    ]) {
      const fromColumns = filterPlaces(places, filters, all, index).map(
        (p) => p.record.id,
      )
      const fromRecords = filterPlaces(copies, filters, all, index).map(
        (p) => p.record.id,
      )
      expect(fromColumns).toEqual(fromRecords)
    }
    // A place of no stated municipality is picked by '' from its column too.
    const nowhere: Enterprise = {
      ...base,
      id: 'nowhere',
      kind: 'enterprise',
      name: { ru: 'nowhere' },
      industries: ['glass'],
      region: 'RU-SMO',
      location: at,
    }
    const withNowhere = toPlaces({ enterprises: [...enterprises, nowhere], parks })
    const unstated = filterPlaces(
      withNowhere,
      f({ municipalities: [''] }),
      all,
      buildFilterIndex(withNowhere, visits, events),
    )
    expect(unstated.map((p) => p.record.id)).toEqual(['nowhere'])
    expect(placeIds(f({ industries: ['aerospace', 'glass'] }), 'enterprise')).toEqual([
      'plane',
      'glass',
    ])
    expect(
      placeIds(f({ industries: ['aerospace'], municipalities: ['safonovsky'] }), 'park'),
    ).toEqual(['zone'])
  })

  it('pass a partner region through the visits and events that link them', () => {
    // plane: linked by a Chelyabinsk visit and a Tver event; glass and ministry only by a
    // Moscow visit; brakes by a Chelyabinsk visit.
    expect(placeIds(f({ regions: ['RU-CHE'] }), 'enterprise')).toEqual([
      'plane',
      'brakes',
    ])
    expect(placeIds(f({ regions: ['RU-TVE'] }), 'enterprise')).toEqual(['plane', 'glass'])
    expect(placeIds(f({ regions: ['RU-MOS'] }), 'enterprise')).toEqual([
      'glass',
      'ministry',
    ])
    expect(placeIds(f({ regions: ['BY-VI'] }), 'enterprise')).toEqual([])
  })
})

describe('parks', () => {
  it('pass industry and municipality filters by their own fields', () => {
    expect(placeIds(f({ industries: ['aerospace'] }), 'park')).toEqual(['zone'])
    expect(placeIds(f({ industries: ['multi-sector'] }), 'park')).toEqual([
      'zone',
      'quiet-park',
    ])
    expect(placeIds(f({ municipalities: ['yartsevsky'] }), 'park')).toEqual([
      'quiet-park',
    ])
  })

  it('pass a partner region only when a visit or event links them with it', () => {
    // zone: a visit from Vitebsk; quiet-park: linked by nothing.
    expect(placeIds(f({ regions: ['BY-VI'] }), 'park')).toEqual(['zone'])
    expect(placeIds(f({ regions: ['RU-CHE'] }), 'park')).toEqual([])
  })
})

describe('visits', () => {
  it('stay under an industry when one linked organisation or site has it', () => {
    expect(visitIds(f({ industries: ['aerospace'] }))).toEqual(['v-org', 'v-site'])
    expect(visitIds(f({ industries: ['automotive'] }))).toEqual(['v-org'])
    // Linking no organisation, only failing ones, or an unknown id: left out.
    expect(visitIds(f({ industries: ['chemistry'] }))).toEqual([])
  })

  it('stay under a municipality when one linked organisation is in it', () => {
    expect(visitIds(f({ municipalities: ['smolensk-city'] }))).toEqual([
      'v-org',
      'v-failing',
    ])
    expect(visitIds(f({ municipalities: ['gagarinsky', 'safonovsky'] }))).toEqual([
      'v-site',
      'v-failing',
    ])
  })

  it('need each active dimension to pass, and are all there with none', () => {
    expect(visitIds(f({ industries: ['glass'], regions: ['RU-CHE'] }))).toEqual([])
    expect(visitIds(f({ industries: ['glass'], regions: ['RU-MOS'] }))).toEqual([
      'v-failing',
    ])
    expect(visitIds(DEFAULT_FILTERS)).toEqual(visits.map((v) => v.id))
  })
})

describe('events', () => {
  it('stay under an industry when one linked organisation has it', () => {
    expect(eventIds(f({ industries: ['aerospace'] }))).toEqual(['e-one', 'e-park'])
    expect(eventIds(f({ industries: ['glass'] }))).toEqual(['e-one'])
    // No entities, an empty list, or only organisations of other industries: left out.
    expect(eventIds(f({ industries: ['chemistry'] }))).toEqual([])
  })

  it('stay under a municipality when one linked organisation is in it', () => {
    expect(eventIds(f({ municipalities: ['roslavlsky'] }))).toEqual(['e-failing'])
    expect(eventIds(f({ municipalities: ['safonovsky'] }))).toEqual(['e-park'])
    expect(eventIds(f({ municipalities: ['yartsevsky'] }))).toEqual([])
  })

  it('keep their own partner-region rule', () => {
    expect(eventIds(f({ regions: ['RU-TVE'] }))).toEqual(['e-one'])
    expect(eventIds(DEFAULT_FILTERS)).toEqual(events.map((e) => e.id))
  })
})
