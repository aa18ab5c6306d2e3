import { describe, expect, it } from 'vitest'

import { boundaryContains } from './point-in-polygon'

type Position = [number, number]

const square = (x0: number, y0: number, x1: number, y1: number): Position[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
]

describe('boundaryContains', () => {
  it('finds a point inside a polygon and not in its hole', () => {
    const geometry = {
      type: 'Polygon' as const,
      coordinates: [square(30, 50, 40, 60), square(34, 54, 36, 56)],
    }
    expect(boundaryContains(geometry, 52, 32)).toBe(true)
    expect(boundaryContains(geometry, 55, 35)).toBe(false)
    expect(boundaryContains(geometry, 61, 35)).toBe(false)
  })

  it('looks in every part of a multipolygon', () => {
    const geometry = {
      type: 'MultiPolygon' as const,
      coordinates: [[square(0, 0, 1, 1)], [square(10, 10, 11, 11)]],
    }
    expect(boundaryContains(geometry, 10.5, 10.5)).toBe(true)
    expect(boundaryContains(geometry, 5, 5)).toBe(false)
  })
})
