import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  DEFAULT_URL_STATE,
  type MapView,
  decodeUrlState,
  encodeUrlState,
} from '@/domain/filters/filters-url'
import type { Region } from '@/domain/schema/reference'

import type { LatLon } from './flow-geometry'
import { regionFilterBounds, writableView } from './map-bounds'

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

describe('the map view the link writes', () => {
  const anyNumber = fc.double({ noNaN: true })
  const view = fc.record({ lat: anyNumber, lon: anyNumber, zoom: anyNumber })
  const roundTrip = (written: MapView) =>
    decodeUrlState(encodeUrlState({ ...DEFAULT_URL_STATE, view: written }))

  it('decodes to itself for any centre and zoom the map may report, clamped or wrapped', () => {
    fc.assert(
      fc.property(view, (reported) => {
        const written = writableView(reported)
        const { state, problems } = roundTrip(written)
        expect(problems).toEqual([])
        expect(state.view).toEqual(written)
      }),
    )
  })

  it('keeps a view the decoder accepts as it is, up to the link’s rounding', () => {
    const accepted = fc.record({
      lat: fc.double({ min: -85, max: 85, noNaN: true }),
      lon: fc.double({ min: -179.9, max: 179.9, noNaN: true }),
      zoom: fc.integer({ min: 2, max: 36 }).map((z) => z / 2),
    })
    fc.assert(
      fc.property(accepted, (v) => {
        const written = writableView(v)
        expect(Math.abs(written.lat - v.lat)).toBeLessThanOrEqual(5e-5)
        expect(Math.abs(written.lon - v.lon)).toBeLessThanOrEqual(5e-5)
        expect(written.zoom).toBe(v.zoom)
      }),
    )
  })

  it('clamps what the decoder would reject: a vertex at [500, 100] or 1e308', () => {
    expect(writableView({ lat: 100, lon: 500, zoom: 30 })).toEqual({
      lat: 85,
      lon: 140,
      zoom: 18,
    })
    expect(writableView({ lat: -1e308, lon: 1e308, zoom: -3 })).toMatchObject({
      lat: -85,
      zoom: 1,
    })
    expect(
      roundTrip(writableView({ lat: 1e308, lon: -1e308, zoom: 0 })).problems,
    ).toEqual([])
    // The raw values themselves are what the decoder refuses.
    expect(roundTrip({ lat: 100, lon: 500, zoom: 30 }).problems).not.toEqual([])
  })
})
