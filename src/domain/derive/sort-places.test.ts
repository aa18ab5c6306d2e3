import { describe, expect, it } from 'vitest'

import type { Enterprise } from '../schema/records'
import type { Place } from './places'
import { keepInOrder, sortPlaces } from './sort-places'

function place(
  id: string,
  name: string,
  precision: 'site' | 'unknown' | 'stand-in',
  index: number,
): Place {
  const record: Enterprise = {
    id,
    kind: 'enterprise',
    name: { ru: name },
    industries: ['x'],
    region: 'RU-SMO',
    location: precision === 'unknown' ? { precision } : { lat: 1, lon: 1, precision },
    origin: 'seed',
    confidence: { record: 'high' },
    sources: ['s'],
  }
  return { type: 'enterprise', record, index }
}

const places = [
  place('b', 'Ёлка', 'unknown', 0),
  place('a', 'Альфа', 'site', 1),
  place('c', 'Яхонт', 'stand-in', 2),
]
const byName = (p: Place) => p.record.name.ru

describe('sortPlaces', () => {
  it('orders Russian names with Russian collation, both ways', () => {
    expect(
      sortPlaces(places, 'name', 'ascending', byName, 'ru').map((p) => p.record.id),
    ).toEqual(['a', 'b', 'c'])
    expect(
      sortPlaces(places, 'name', 'descending', byName, 'ru').map((p) => p.record.id),
    ).toEqual(['c', 'b', 'a'])
  })

  it('orders positions from exact to unknown', () => {
    expect(
      sortPlaces(places, 'precision', 'ascending', byName, 'ru').map((p) => p.record.id),
    ).toEqual(['a', 'c', 'b'])
  })
})

describe('keepInOrder', () => {
  const ordered = sortPlaces(places, 'name', 'ascending', byName, 'ru')

  it('keeps the chosen places in the sorted order, whatever their own order', () => {
    const [b, a] = places as [Place, Place, Place]
    expect(keepInOrder(ordered, [b, a]).map((p) => p.record.id)).toEqual(['a', 'b'])
  })

  it('gives the whole order back when every place is chosen', () => {
    expect(keepInOrder(ordered, places)).toBe(ordered)
    expect(keepInOrder(ordered, [])).toEqual([])
  })
})
