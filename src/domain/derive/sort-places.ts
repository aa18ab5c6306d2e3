import { type Place, placeMask } from './places'

export type PlaceSortKey = 'name' | 'kind' | 'municipality' | 'precision'
export type SortDirection = 'ascending' | 'descending'

const PRECISION_ORDER = { site: 0, settlement: 1, 'stand-in': 2, unknown: 3 } as const

/**
 * Sorts places by a column, Russian collation for text; `label` turns ids into the text the
 * user sees (names, kinds, municipalities) so the order matches the screen.
 */
export function sortPlaces(
  places: readonly Place[],
  key: PlaceSortKey,
  direction: SortDirection,
  label: (place: Place, key: Exclude<PlaceSortKey, 'precision'>) => string,
  locale: string,
): Place[] {
  const collator = new Intl.Collator(locale, {
    sensitivity: 'base',
    numeric: true,
    ignorePunctuation: true,
  })
  const sign = direction === 'ascending' ? 1 : -1
  const keyed = places.map((place) => ({
    place,
    value:
      key === 'precision'
        ? PRECISION_ORDER[place.record.location.precision]
        : label(place, key),
  }))
  keyed.sort((a, b) => {
    const order =
      typeof a.value === 'number' && typeof b.value === 'number'
        ? a.value - b.value
        : collator.compare(String(a.value), String(b.value))
    return order * sign
  })
  return keyed.map((k) => k.place)
}

/**
 * The places of `subset` in the order of `ordered`, a sort of every place made once per
 * column and language: a filter change then costs one pass instead of a new sort.
 * `subset` must be drawn from `ordered`, which holds every place.
 */
export function keepInOrder(
  ordered: readonly Place[],
  subset: readonly Place[],
): readonly Place[] {
  if (subset.length === ordered.length) return ordered
  const keep = placeMask(ordered.length, subset)
  return ordered.filter((place) => keep[place.index] === 1)
}
