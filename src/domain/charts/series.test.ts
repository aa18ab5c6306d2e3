import { describe, expect, it } from 'vitest'

import type { Municipality } from '@/domain/schema/reference'
import { HOME, industries, place, regions, visit } from '@/testing/chart-records'

import {
  REST_ID,
  UNSPECIFIED_ID,
  countPartnerVisits,
  partnerRegion,
  placesByIndustry,
  placesByMunicipality,
  topWithRest,
  visitsByRegion,
} from './series'

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
