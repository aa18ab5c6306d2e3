import { describe, expect, it } from 'vitest'

import { type Place, type VisitPlaces, resolveVisitPlaces } from '@/domain/derive/places'
import type { Visit } from '@/domain/schema/records'
import type { Industry, Municipality, Region } from '@/domain/schema/reference'

import {
  REST_ID,
  UNSPECIFIED_ID,
  cooperationLinks,
  countPartnerVisits,
  partnerRegion,
  placesByIndustry,
  placesByMunicipality,
  topWithRest,
  visitsByRegion,
} from './series'

const HOME = 'RU-SMO'

function visit(
  id: string,
  fromRegion: string,
  toRegion: string,
  named: { sites?: string[]; orgs?: string[] } = {},
): Visit {
  return {
    id,
    title: { ru: id },
    date: '2025-01-01',
    datePrecision: 'day',
    fromRegion,
    toRegion,
    sitesVisited: named.sites,
    organisations: named.orgs,
    origin: 'seed',
    confidence: { record: 'high' },
    sources: ['s'],
  }
}

let placesMade = 0

/** The places visits name among `places`, all shown. */
function among(places: readonly Place[]): VisitPlaces {
  return {
    named: (visit) => resolveVisitPlaces([visit], places).get(visit) ?? [],
    shown: () => true,
  }
}

function place(
  id: string,
  industries: string[],
  municipality?: string,
  region = HOME,
): Place {
  return {
    type: 'enterprise',
    index: placesMade++,
    record: {
      id,
      kind: 'enterprise',
      name: { ru: `Завод ${id}` },
      industries,
      region,
      municipality,
      location: { precision: 'unknown' },
      origin: 'seed',
      confidence: { record: 'high' },
      sources: ['s'],
    },
  }
}

function region(id: string, name: string): Region {
  return {
    id,
    name: { ru: name },
    country: 'RU',
    role: 'partner',
    capital: { name: { ru: 'Столица' }, lat: 55, lon: 37, precision: 'settlement' },
    sources: ['s'],
  }
}

const regions = [
  region('RU-SMO', 'Смоленская область'),
  region('RU-CHE', 'Челябинская область'),
  region('RU-MOS', 'Московская область'),
  region('RU-BRY', 'Брянская область'),
]

const industries: Industry[] = [
  { id: 'energy', label: { ru: 'Энергетика', en: 'Energy' }, colour: '#a0520c' },
  { id: 'aero', label: { ru: 'Авиация' }, colour: '#1f5fa8' },
]

const municipalities = [
  { id: 'city', name: { ru: 'город Смоленск' } },
  { id: 'rosl', name: { ru: 'Рославльский округ' } },
] as Municipality[]

describe('partnerRegion', () => {
  it('takes the end that is not home, or the origin of a visit between other regions', () => {
    expect(partnerRegion(visit('a', 'RU-CHE', HOME), HOME)).toBe('RU-CHE')
    expect(partnerRegion(visit('b', HOME, 'RU-CHE'), HOME)).toBe('RU-CHE')
    expect(partnerRegion(visit('c', 'BY-HO', 'RU-BRY'), HOME)).toBe('BY-HO')
    expect(partnerRegion(visit('d', HOME, HOME), HOME)).toBeNull()
  })

  it('has no partner for a visit home from an unknown origin', () => {
    const { fromRegion: _, ...unknownOrigin } = visit('e', 'RU-CHE', HOME)
    expect(partnerRegion(unknownOrigin, HOME)).toBeNull()
    expect(countPartnerVisits([unknownOrigin], HOME)).toBe(0)
  })
})

describe('visitsByRegion', () => {
  it('counts each visit once for its partner region, largest first, with names', () => {
    const visits = [
      visit('a', 'RU-CHE', HOME),
      visit('b', HOME, 'RU-CHE'),
      visit('c', 'RU-MOS', HOME),
      visit('d', 'RU-BRY', 'RU-MOS'),
      visit('e', HOME, HOME),
      visit('f', 'XX-ZZ', HOME),
    ]
    const series = visitsByRegion(visits, regions, HOME)
    expect(series.map((s) => [s.id, s.value])).toEqual([
      ['RU-CHE', 2],
      ['RU-BRY', 1],
      ['RU-MOS', 1],
      ['XX-ZZ', 1],
    ])
    expect(series[0]?.name?.ru).toBe('Челябинская область')
    expect(series[3]?.name).toBeUndefined()
    expect(countPartnerVisits(visits, HOME)).toBe(5)
  })

  it('is empty without visits', () => {
    expect(visitsByRegion([], regions, HOME)).toEqual([])
  })
})

describe('placesByIndustry', () => {
  it('counts a multi-industry place in each of its industries, with colour', () => {
    const series = placesByIndustry(
      [
        place('a', ['aero']),
        place('b', ['energy']),
        place('c', ['energy', 'aero']),
        place('d', ['energy', 'energy']),
      ],
      industries,
    )
    expect(series).toEqual([
      { id: 'energy', name: industries[0]?.label, value: 3, colour: '#a0520c' },
      { id: 'aero', name: industries[1]?.label, value: 2, colour: '#1f5fa8' },
    ])
  })
})

describe('placesByMunicipality', () => {
  it('counts per municipality and puts places without one under the empty key', () => {
    const series = placesByMunicipality(
      [
        place('a', ['aero'], 'city'),
        place('b', ['aero'], 'city'),
        place('c', ['aero']),
        place('d', ['aero'], 'rosl'),
        place('e', ['aero']),
        place('f', ['aero']),
      ],
      municipalities,
    )
    expect(series.map((s) => [s.id, s.value, s.name?.ru])).toEqual([
      [UNSPECIFIED_ID, 3, undefined],
      ['city', 2, 'город Смоленск'],
      ['rosl', 1, 'Рославльский округ'],
    ])
  })
})

describe('topWithRest', () => {
  it('keeps short series and sums the tail of long ones into one rest item', () => {
    const items = [5, 4, 3, 2, 1].map((value, i) => ({ id: `i${i}`, value }))
    expect(topWithRest(items, 5)).toEqual(items)
    expect(topWithRest(items, 3)).toEqual([
      { id: 'i0', value: 5 },
      { id: 'i1', value: 4 },
      { id: REST_ID, value: 6 },
    ])
  })

  it('keeps chosen items out of the rest', () => {
    const items = [5, 4, 3, 2, 1].map((value, i) => ({ id: `i${i}`, value }))
    expect(topWithRest(items, 3, new Set(['i3'])).map((i) => [i.id, i.value])).toEqual([
      ['i0', 5],
      ['i1', 4],
      ['i3', 2],
      [REST_ID, 4],
    ])
  })
})

describe('cooperationLinks', () => {
  const places = [
    place('a', ['aero', 'energy']),
    place('b', ['energy']),
    place('far', ['energy'], undefined, 'RU-BRY'),
  ]

  it('links partner regions to the home places visits name, and places to an industry', () => {
    const flows = cooperationLinks(
      [
        visit('v1', 'RU-CHE', HOME, { sites: ['a', 'b'], orgs: ['a', 'far', 'ghost'] }),
        visit('v2', HOME, 'RU-CHE', { orgs: ['a'] }),
        visit('v3', 'RU-MOS', HOME, { sites: ['b'] }),
        visit('v4', 'RU-MOS', HOME),
        visit('v5', 'BY-HO', 'RU-BRY', { sites: ['far'] }),
      ],
      among(places),
      regions,
      industries,
    )
    expect(flows.visits).toBe(3)
    const named = flows.links.map((l) => [
      `${flows.nodes[l.source]?.kind}:${flows.nodes[l.source]?.id}`,
      `${flows.nodes[l.target]?.kind}:${flows.nodes[l.target]?.id}`,
      l.value,
    ])
    expect(named).toEqual([
      ['region:RU-CHE', 'place:a', 2],
      ['region:RU-CHE', 'place:b', 1],
      ['region:RU-MOS', 'place:b', 1],
      ['place:a', 'industry:aero', 2],
      ['place:b', 'industry:energy', 2],
    ])
    expect(flows.nodes.map((n) => n.kind)).toEqual([
      'region',
      'region',
      'place',
      'place',
      'industry',
      'industry',
    ])
    expect(flows.nodes[0]?.name?.ru).toBe('Челябинская область')
    expect(flows.nodes.find((n) => n.id === 'energy')?.colour).toBe('#a0520c')
    expect(flows.totalLinks).toBe(5)
  })

  it('sends a place into its first chosen industry when industries are chosen', () => {
    const flows = cooperationLinks(
      [visit('v1', 'RU-CHE', HOME, { sites: ['a'] })],
      among(places),
      regions,
      industries,
      { chosenIndustries: ['energy'] },
    )
    expect(flows.nodes.map((n) => n.id)).toEqual(['RU-CHE', 'a', 'energy'])
  })

  it('merges the smallest organisations into a rest node, keeping totals and balance', () => {
    const many = Array.from({ length: 40 }, (_, i) => place(`p${i}`, [`ind${i % 5}`]))
    const partners = ['RU-CHE', 'RU-MOS', 'RU-BRY', 'BY-HO']
    const visits = Array.from({ length: 300 }, (_, i) =>
      visit(`v${i}`, partners[i % 4] ?? 'RU-CHE', HOME, {
        sites: [`p${(i * 7) % 40}`, `p${i % 3}`],
      }),
    )
    const full = cooperationLinks(visits, among(many), regions, industries, {
      limit: 10_000,
    })
    const capped = cooperationLinks(visits, among(many), regions, industries, {
      limit: 30,
    })
    expect(full.links.length).toBe(full.totalLinks)
    expect(full.links.length).toBeGreaterThan(30)
    expect(capped.links.length).toBeLessThanOrEqual(30)
    expect(capped.nodes.some((n) => n.id === REST_ID)).toBe(true)
    const into = (flows: typeof full, kind: string) =>
      flows.links
        .filter((l) => flows.nodes[l.target]?.kind === kind)
        .reduce((sum, l) => sum + l.value, 0)
    expect(into(capped, 'place')).toBe(into(full, 'place'))
    expect(into(capped, 'industry')).toBe(into(full, 'industry'))
    capped.nodes.forEach((node, i) => {
      if (node.kind !== 'place') return
      const inflow = capped.links.filter((l) => l.target === i)
      const outflow = capped.links.filter((l) => l.source === i)
      expect(inflow.reduce((s, l) => s + l.value, 0)).toBe(node.value)
      expect(outflow.reduce((s, l) => s + l.value, 0)).toBe(node.value)
    })
  })

  it('is empty when no visit names a home place', () => {
    const flows = cooperationLinks(
      [visit('v', 'RU-CHE', HOME)],
      among(places),
      regions,
      industries,
    )
    expect(flows).toEqual({ nodes: [], links: [], visits: 0, totalLinks: 0 })
  })
})
