import type { Place } from '../derive/places'
import type { NewsEvent, Visit } from '../schema/records'
import { type EventCriteria, type PlaceCriteria, type VisitCriteria } from './dimensions'
import { recordTests } from './filter-values'
import type { FilterIndex } from './filter-index'

export {
  DEFAULT_FILTERS,
  type EventCriteria,
  type Filters,
  type PlaceCriteria,
  type VisitCriteria,
} from './dimensions'
export { hasActiveFilters } from './filter-values'
export { type FilterIndex, buildFilterIndex } from './filter-index'

/** Which kinds of places are drawn and listed. */
export interface PlaceLayers {
  enterprises: boolean
  parks: boolean
}

/** Places of the shown kinds that pass the filters, in one pass. */
export function filterPlaces(
  places: readonly Place[],
  filters: PlaceCriteria,
  layers: PlaceLayers,
  index: FilterIndex,
): Place[] {
  const enterprises = layers.enterprises
    ? recordTests('enterprises', filters, index)
    : null
  const parks = layers.parks ? recordTests('parks', filters, index) : null
  return places.filter((place) => {
    const tests = place.type === 'enterprise' ? enterprises : parks
    return tests !== null && passes(tests, place)
  })
}

/** Visits in the period, with a chosen partner region at either end, matching the search. */
export function filterVisits(
  visits: readonly Visit[],
  filters: VisitCriteria,
  index: FilterIndex,
): Visit[] {
  const tests = recordTests('visits', filters, index)
  return tests.length === 0 ? [...visits] : visits.filter((v) => passes(tests, v))
}

/** Events of the chosen relevance in the period, naming a chosen region, matching the search. */
export function filterEvents(
  events: readonly NewsEvent[],
  filters: EventCriteria,
  index: FilterIndex,
): NewsEvent[] {
  const tests = recordTests('events', filters, index)
  return tests.length === 0 ? [...events] : events.filter((e) => passes(tests, e))
}

function passes<R>(tests: readonly ((record: R) => boolean)[], record: R): boolean {
  for (const test of tests) if (!test(record)) return false
  return true
}
