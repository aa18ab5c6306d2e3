import type { Filters } from '../filters/dimensions'
import { narrowsAny } from '../filters/filter-values'

/** True when a filter that narrows visits is on (see `narrows` in the filter table). */
export function narrowsVisits(filters: Filters): boolean {
  return narrowsAny(filters, 'visits')
}

/** True when a filter that narrows enterprises and parks is on. */
export function narrowsPlaces(filters: Filters): boolean {
  return narrowsAny(filters, 'enterprises', 'parks')
}
