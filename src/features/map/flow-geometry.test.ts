import { describe, expect, it } from 'vitest'

import type { Region } from '@/domain/schema/reference'
import type { Visit } from '@/domain/schema/records'

import {
  boundsOf,
  curveMiddle,
  curvePoints,
  endBearing,
  flowWeight,
  toFlows,
} from './flow-geometry'
import { projectX, projectY } from '@/domain/geo/projection'

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

function visit(id: string, fromRegion: string, toRegion: string): Visit {
  return {
    id,
    title: { ru: id },
    date: '2025-11-15',
    datePrecision: 'day',
    fromRegion,
    toRegion,
    origin: 'seed',
    confidence: { record: 'high' },
    sources: ['s'],
  }
}

const smolensk = region('RU-SMO', 54.7826, 32.0453)
const chelyabinsk = region('RU-CHE', 55.1603, 61.4008)

describe('toFlows', () => {
  it('groups visits by direction and skips unknown regions', () => {
    const flows = toFlows(
      [
        visit('a', 'RU-CHE', 'RU-SMO'),
        visit('b', 'RU-CHE', 'RU-SMO'),
        visit('c', 'RU-SMO', 'RU-CHE'),
        visit('d', 'RU-XXX', 'RU-SMO'),
      ],
      [smolensk, chelyabinsk],
    )
    expect(flows.map((f) => [f.key, f.visits.map((v) => v.id)])).toEqual([
      ['RU-CHE>RU-SMO', ['a', 'b']],
      ['RU-SMO>RU-CHE', ['c']],
    ])
  })

  it('draws no flow for a visit whose origin is not known', () => {
    const { fromRegion: _, ...unknownOrigin } = visit('e', 'RU-CHE', 'RU-SMO')
    expect(toFlows([unknownOrigin], [smolensk, chelyabinsk])).toEqual([])
  })
})

describe('curvePoints', () => {
  const from: [number, number] = [55.1603, 61.4008]
  const to: [number, number] = [54.7826, 32.0453]

  it('starts and ends at the capitals', () => {
    const points = curvePoints(from, to)
    expect(points[0]?.[0]).toBeCloseTo(from[0], 6)
    expect(points[0]?.[1]).toBeCloseTo(from[1], 6)
    expect(points.at(-1)?.[0]).toBeCloseTo(to[0], 6)
    expect(points.at(-1)?.[1]).toBeCloseTo(to[1], 6)
  })

  it('bends a trip and its return to opposite sides', () => {
    const there = curvePoints(from, to)
    const back = curvePoints(to, from)
    const mid = (p: [number, number][]) => p[Math.floor(p.length / 2)] ?? [0, 0]
    // Westward trip bends to the south (left of travel), the return to the north.
    expect(mid(there)[0]).toBeLessThan(Math.min(from[0], to[0]))
    expect(mid(back)[0]).toBeGreaterThan(Math.max(from[0], to[0]))
  })

  it('points the arrow along the last segment', () => {
    const points = curvePoints(from, to)
    const bearing = endBearing(points)
    // Travelling west: the arrow points roughly left on screen (±180°).
    expect(Math.abs(bearing)).toBeGreaterThan(120)
    const eastward = endBearing(curvePoints(to, from))
    expect(Math.abs(eastward)).toBeLessThan(60)
    expect(projectX(to[1])).toBeLessThan(projectX(from[1]))
    expect(projectY(0)).toBeCloseTo(128, 6)
  })
})

describe('flowWeight and boundsOf', () => {
  it('widens with more visits', () => {
    expect(flowWeight(1)).toBeLessThan(flowWeight(4))
    expect(flowWeight(4)).toBeLessThan(flowWeight(9))
  })

  it('bounds every point', () => {
    expect(
      boundsOf([
        [55, 61],
        [54, 32],
        [53.2, 34.4],
      ]),
    ).toEqual([
      [53.2, 32],
      [55, 61],
    ])
    expect(boundsOf([])).toBeNull()
  })
})

describe('curveMiddle', () => {
  it('is the middle point of the curve, away from both ends', () => {
    const points = curvePoints([54.78, 32.05], [55.16, 61.4])
    expect(curveMiddle(points)).toEqual(points[20])
    expect(curveMiddle(points)).not.toEqual(points[0])
    expect(curveMiddle([])).toBeUndefined()
  })
})
