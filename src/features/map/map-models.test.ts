import { describe, expect, it } from 'vitest'

import { type Place, placeMask } from '@/domain/derive/places'
import type { Enterprise } from '@/domain/schema/records'

import { buildPointIndex } from '@/domain/geo/point-index'
import { projectX, projectY } from '@/domain/geo/projection'

import {
  type ClusterMarker,
  MARKER_RULES,
  type SingleMarker,
  buildMarkers,
  fixedLayout,
  maskMarkers,
} from './map-models'

let placesMade = 0

function place(
  id: string,
  lat: number | undefined,
  lon: number | undefined,
  industry = 'a',
): Place {
  const record: Enterprise = {
    id,
    kind: 'enterprise',
    name: { ru: id },
    industries: [industry],
    region: 'RU-SMO',
    location:
      lat === undefined || lon === undefined
        ? { precision: 'unknown' }
        : { lat, lon, precision: 'settlement' },
    origin: 'seed',
    confidence: { record: 'high' },
    sources: ['s'],
  }
  return { type: 'enterprise', record, index: placesMade++ }
}

const region = { west: 30, south: 53, east: 36, north: 56.5, zoom: 7 }

describe('buildPointIndex', () => {
  it('sets aside places without a position', () => {
    const index = buildPointIndex([
      place('a', 54.8, 32),
      place('b', undefined, undefined),
    ])
    expect(index.places.map((p) => p.record.id)).toEqual(['a'])
    expect(index.unplaced.map((p) => p.record.id)).toEqual(['b'])
    expect(index.x).toHaveLength(1)
  })
})

describe('buildMarkers', () => {
  it('draws few records one by one and fans out those sharing a point', () => {
    const index = buildPointIndex([
      place('a', 54.7826, 32.0453),
      place('b', 54.7826, 32.0453),
      place('c', 54.7826, 32.0453),
      place('d', 53.945, 32.848),
    ])
    const markers = buildMarkers(index, region) as SingleMarker[]
    expect(markers.every((m) => m.kind === 'single')).toBe(true)
    expect(markers.map((m) => m.key).sort()).toEqual(['a', 'b', 'c', 'd'])
    const shared = markers.filter((m) => m.key !== 'd')
    const offsets = new Set(shared.map((m) => m.offset.join(',')))
    expect(offsets.size).toBe(3)
    expect(markers.find((m) => m.key === 'd')?.offset).toEqual([0, 0])
  })

  it('leaves out records outside the view', () => {
    const index = buildPointIndex([place('in', 54.8, 32), place('out', 55.16, 61.4)])
    expect(buildMarkers(index, region).map((m) => m.key)).toEqual(['in'])
  })

  it('clusters many records and keeps count and industry mix', () => {
    const places: Place[] = []
    for (let i = 0; i < 600; i++) {
      places.push(
        place(
          `p${i}`,
          54.7 + (i % 10) * 0.001,
          32 + (i % 7) * 0.001,
          i % 3 === 0 ? 'x' : 'y',
        ),
      )
    }
    const markers = buildMarkers(buildPointIndex(places), region)
    const clusters = markers.filter((m): m is ClusterMarker => m.kind === 'cluster')
    // The 600 records lie within 0.009° × 0.006°; at zoom 7 a degree is 256 · 2⁷ / 360 ≈ 91
    // px, so they all fall within one pixel: one cluster of all of them.
    expect(clusters).toHaveLength(1)
    expect(markers).toHaveLength(1)
    expect(clusters[0]?.count).toBe(600)
    const total = markers.reduce(
      (sum, m) => sum + (m.kind === 'cluster' ? m.count : 1),
      0,
    )
    expect(total).toBe(600)
    const mix = Object.fromEntries(
      clusters
        .flatMap((c) => c.mix)
        .reduce((acc, { industry, count }) => {
          acc.set(industry, (acc.get(industry) ?? 0) + count)
          return acc
        }, new Map<string, number>()),
    )
    expect(mix).toEqual({ x: 200, y: 400 })
  })

  it('stops clustering when zoomed in close', () => {
    const places: Place[] = []
    for (let i = 0; i < 600; i++) places.push(place(`p${i}`, 54.7 + i * 0.00001, 32))
    const view = { west: 31.99, south: 54.69, east: 32.01, north: 54.72, zoom: 15 }
    const markers = buildMarkers(buildPointIndex(places), view)
    expect(markers.every((m) => m.kind === 'single')).toBe(true)
    expect(markers).toHaveLength(600)
  })
})

describe('marker spacing', () => {
  it('leaves no two drawn markers overlapping, even when many share a point', () => {
    const places: Place[] = []
    for (let i = 0; i < 12; i++) places.push(place(`same${i}`, 54.7826, 32.0453))
    for (let i = 0; i < 6; i++) places.push(place(`near${i}`, 54.79 + i * 0.01, 32.06))
    const view = { west: 30, south: 53, east: 36, north: 56.5, zoom: 8 }
    const markers = buildMarkers(buildPointIndex(places), view) as SingleMarker[]
    const scale = 2 ** view.zoom
    const at = markers.map((m) => [
      projectX(m.lon) * scale + m.offset[0],
      projectY(m.lat) * scale + m.offset[1],
    ])
    for (let i = 0; i < at.length; i++) {
      for (let j = i + 1; j < at.length; j++) {
        const [ax = 0, ay = 0] = at[i] ?? []
        const [bx = 0, by = 0] = at[j] ?? []
        // Icon boxes (26 px squares) do not overlap.
        expect(Math.max(Math.abs(ax - bx), Math.abs(ay - by))).toBeGreaterThanOrEqual(26)
      }
    }
  })
})

describe('buildMarkers with a mask of shown places', () => {
  it('draws only the places the mask shows, from the same index', () => {
    const places = [place('a', 54.8, 32), place('b', 54.5, 33), place('c', 54.2, 31.5)]
    const index = buildPointIndex(places)
    const shown = placeMask(placesMade, [places[0], places[2]] as Place[])
    expect(
      buildMarkers(index, region, shown)
        .map((m) => m.key)
        .sort(),
    ).toEqual(['a', 'c'])
    expect(
      buildMarkers(index, region)
        .map((m) => m.key)
        .sort(),
    ).toEqual(['a', 'b', 'c'])
  })
})

describe('fixedLayout and maskMarkers', () => {
  it('lays out every place in view once and hides the ones the mask leaves out where they stand', () => {
    // Two places at one point: fanned out whether or not the filters show both.
    const places = [place('a', 54.8, 32), place('b', 54.8, 32), place('c', 54.2, 31.5)]
    const index = buildPointIndex(places)
    const layout = fixedLayout(index, region)
    expect(layout?.map((m) => m.key).sort()).toEqual(['a', 'b', 'c'])
    const shown = placeMask(placesMade, [places[0], places[2]] as Place[])
    const masked = maskMarkers(layout ?? [], shown)
    expect(masked.filter((m) => m.hidden).map((m) => m.key)).toEqual(['b'])
    const byKey = (list: SingleMarker[], key: string) => list.find((m) => m.key === key)
    // The shown ones keep their fanned-out offset: nothing moves when «b» is filtered out.
    expect(byKey(masked, 'a')?.offset).toEqual(byKey(layout ?? [], 'a')?.offset)
    expect(byKey(masked, 'a')?.offset).not.toEqual([0, 0])
    // Unchanged markers are the same objects, so their drawn markers are left alone.
    expect(byKey(masked, 'c')).toBe(byKey(layout ?? [], 'c'))
    // The mask-following layout puts the lone «a» back on its point.
    const following = buildMarkers(index, region, shown) as SingleMarker[]
    expect(byKey(following, 'a')?.offset).toEqual([0, 0])
  })

  it('gives no fixed layout when too many places are in view to draw one by one', () => {
    const rules = { ...MARKER_RULES, spreadLimit: 2 }
    const places = [place('a', 54.8, 32), place('b', 54.5, 33), place('c', 54.2, 31.5)]
    expect(fixedLayout(buildPointIndex(places), region, rules)).toBeNull()
    expect(fixedLayout(buildPointIndex(places.slice(0, 2)), region, rules)).toHaveLength(
      2,
    )
  })
})
