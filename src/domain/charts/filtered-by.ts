import type { Filters } from '../filters/filters'

/** True when a filter that narrows visits is on (partner regions, period, search). */
export function narrowsVisits(filters: Filters): boolean {
  return (
    filters.regions.length > 0 ||
    filters.from !== null ||
    filters.to !== null ||
    filters.q.trim() !== ''
  )
}

/** True when a filter that narrows enterprises and parks is on. */
export function narrowsPlaces(filters: Filters): boolean {
  return (
    filters.industries.length > 0 ||
    filters.municipalities.length > 0 ||
    filters.kinds.length > 0 ||
    filters.regions.length > 0 ||
    filters.q.trim() !== ''
  )
}
