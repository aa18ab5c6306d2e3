import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { boundaryCollectionSchema } from './geo'

const square = (corner: [number, number]) => [
  [32, 54],
  [33, 54],
  corner,
  [32, 55],
  [32, 54],
]

const collection = (ring: unknown[]) => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'RU-SMO', name_ru: 'Смоленская область', role: 'home' },
      geometry: { type: 'Polygon', coordinates: [ring] },
    },
  ],
})

describe('boundaryCollectionSchema', () => {
  it('accepts the bundled boundaries', () => {
    for (const file of ['home', 'neighbours', 'partners']) {
      const text = readFileSync(join('data', 'geo', `${file}.geojson`), 'utf8')
      expect(boundaryCollectionSchema.safeParse(JSON.parse(text)).success, file).toBe(
        true,
      )
    }
  })

  it('accepts a closed ring of positions in range', () => {
    expect(boundaryCollectionSchema.safeParse(collection(square([33, 55]))).success).toBe(
      true,
    )
  })

  it.each([
    ['a vertex of 1e308', [1e308, 55], 'долгота 1e+308: нужно число от −180 до 180'],
    ['a vertex at [500, 100]', [500, 100], 'долгота 500: нужно число от −180 до 180'],
    ['a latitude of 100', [33, 100], 'широта 100: нужно число от −90 до 90'],
  ])('rejects %s, naming the value', (_label, corner, message) => {
    const result = boundaryCollectionSchema.safeParse(
      collection(square(corner as [number, number])),
    )
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.message)).toContain(message)
  })

  it('rejects a ring that is not closed', () => {
    const open = square([33, 55])
      .slice(0, 4)
      .concat([[32.5, 54.5]])
    const result = boundaryCollectionSchema.safeParse(collection(open))
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'Контур не замкнут: последняя точка должна повторять первую',
    ])
  })
})
