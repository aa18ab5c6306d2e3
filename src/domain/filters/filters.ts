import type { Place } from '../derive/places'

/** What the user narrowed the view to. Empty lists mean "all". */
export interface Filters {
  industries: readonly string[]
}

export const DEFAULT_FILTERS: Filters = { industries: [] }

/** Which kinds of places are drawn and listed. */
export interface PlaceLayers {
  enterprises: boolean
  parks: boolean
}

/** Places of the shown kinds that pass the filters, in one pass. */
export function filterPlaces(
  places: readonly Place[],
  filters: Filters,
  layers: PlaceLayers,
): Place[] {
  const wanted = new Set(filters.industries)
  return places.filter((place) => {
    if (place.type === 'enterprise' ? !layers.enterprises : !layers.parks) return false
    return wanted.size === 0 || place.record.industries.some((id) => wanted.has(id))
  })
}
