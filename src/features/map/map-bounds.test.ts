import { describe, expect, it } from 'vitest'

import type { Region } from '@/domain/schema/reference'

import type { LatLon } from './flow-geometry'
import { regionFilterBounds } from './map-bounds'

function region(id: string, lat: number, lon: number): Region {
  return {
    id,
    name: { ru: id },
    country: 'RU',
    role: 'partner',
    capital: { name: { ru: id }, lat, lon, precision: 'settlement' },
    sources: ['s'],
  }
}

const regions = [
  region('RU-CHE', 55.16, 61.4),
  region('RU-MOW', 55.75, 37.62),
  region('BY-MI', 53.9, 27.56),
]
const home: [LatLon, LatLon] = [
  [53.4, 30.8],
  [56.1, 35.4],
]

describe('regionFilterBounds', () => {
  it('spans the picked regions’ capitals and the home region', () => {
    expect(regionFilterBounds(['RU-CHE'], regions, home)).toEqual([
      [53.4, 30.8],
      [56.1, 61.4],
    ])
    expect(regionFilterBounds(['BY-MI', 'RU-MOW'], regions, home)).toEqual([
      [53.4, 27.56],
      [56.1, 37.62],
    ])
  })

  it('leaves out unknown ids and gives nothing when no picked region is known', () => {
    expect(regionFilterBounds(['XX', 'RU-MOW'], regions, home)).toEqual([
      [53.4, 30.8],
      [56.1, 37.62],
    ])
    expect(regionFilterBounds(['XX'], regions, home)).toBeNull()
    expect(regionFilterBounds([], regions, home)).toBeNull()
  })

  it('works before the home region is known', () => {
    expect(regionFilterBounds(['RU-CHE'], regions, null)).toEqual([
      [55.16, 61.4],
      [55.16, 61.4],
    ])
  })
})
