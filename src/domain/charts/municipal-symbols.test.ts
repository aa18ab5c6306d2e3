import { describe, expect, it } from 'vitest'

import type { Place } from '../derive/places'
import type { Enterprise } from '../schema/records'
import type { Municipality } from '../schema/reference'
import { municipalSymbols, symbolRadius } from './municipal-symbols'

const municipality = (id: string, lat: number): Municipality => ({
  id,
  name: { ru: `МО ${id}` },
  kind: 'municipal-okrug',
  centre: { name: { ru: `Центр ${id}` }, lat, lon: 32 },
  confidence: { record: 'high' },
  sources: ['src-1'],
})

const place = (
  index: number,
  municipality: string | undefined,
  industries: string[],
): Place => ({
  type: 'enterprise',
  index,
  record: { id: `e${index}`, municipality, industries } as unknown as Enterprise,
})

const MUNICIPALITIES = [
  municipality('a', 54),
  municipality('b', 55),
  municipality('c', 56),
]

describe('municipalSymbols', () => {
  it('counts places per municipality, largest first, with the leading industries', () => {
    const places = [
      place(0, 'b', ['food', 'wood']),
      place(1, 'b', ['food']),
      place(2, 'a', ['metal']),
      place(3, 'b', ['wood', 'wood']),
      place(4, undefined, ['food']),
      place(5, 'unknown-id', ['food']),
    ]
    expect(municipalSymbols(places, MUNICIPALITIES)).toEqual([
      {
        id: 'b',
        name: { ru: 'МО b' },
        centre: { name: { ru: 'Центр b' }, lat: 55, lon: 32 },
        count: 3,
        // A repeated industry counts once per place; ties fall back to the id.
        industries: [
          { id: 'food', count: 2 },
          { id: 'wood', count: 2 },
        ],
      },
      {
        id: 'a',
        name: { ru: 'МО a' },
        centre: { name: { ru: 'Центр a' }, lat: 54, lon: 32 },
        count: 1,
        industries: [{ id: 'metal', count: 1 }],
      },
    ])
  })

  it('keeps only the top industries asked for', () => {
    const places = [place(0, 'c', ['x', 'y', 'z']), place(1, 'c', ['z'])]
    expect(municipalSymbols(places, MUNICIPALITIES, 1)[0]?.industries).toEqual([
      { id: 'z', count: 2 },
    ])
  })

  it('draws nothing for no places', () => {
    expect(municipalSymbols([], MUNICIPALITIES)).toEqual([])
  })
})

describe('symbolRadius', () => {
  it('grows with the square root of the count between the bounds', () => {
    expect(symbolRadius(1, 41)).toBe(9)
    expect(symbolRadius(41, 41)).toBe(30)
    expect(symbolRadius(11, 41)).toBeCloseTo(9 + 21 * 0.5)
    expect(symbolRadius(5, 1)).toBe(9)
  })
})
