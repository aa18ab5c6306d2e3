import type { Place } from '../derive/places'
import type { NewsEvent, Visit } from '../schema/records'
import type { EventCriteria, PlaceCriteria, VisitCriteria } from './dimensions'
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

/**
 * `1` at the `Place.index` of every place that passes the filters, whatever the layers: one
 * pass, one typed array, shared by every panel drawn from the filtered places.
 */
export function placeFilterMask(
  places: readonly Place[],
  filters: PlaceCriteria,
  index: FilterIndex,
): Uint8Array {
  const enterprises = recordTests('enterprises', filters, index)
  const parks = recordTests('parks', filters, index)
  const mask = new Uint8Array(places.length)
  for (const place of places) {
    const tests = place.type === 'enterprise' ? enterprises : parks
    if (passes(tests, place)) mask[place.index] = 1
  }
  return mask
}

/** `1` at the position of every visit that passes the filters. */
export function visitFilterMask(
  visits: readonly Visit[],
  filters: VisitCriteria,
  index: FilterIndex,
): Uint8Array {
  return recordMask(visits, recordTests('visits', filters, index))
}

/** `1` at the position of every event that passes the filters. */
export function eventFilterMask(
  events: readonly NewsEvent[],
  filters: EventCriteria,
  index: FilterIndex,
): Uint8Array {
  return recordMask(events, recordTests('events', filters, index))
}

/** The records marked in `mask`, in their order. */
export function pickByMask<R>(records: readonly R[], mask: Uint8Array): R[] {
  const out: R[] = []
  for (let i = 0; i < records.length; i++) if (mask[i] === 1) out.push(records[i] as R)
  return out
}

function recordMask<R>(
  records: readonly R[],
  tests: readonly ((record: R) => boolean)[],
): Uint8Array {
  const mask = new Uint8Array(records.length)
  if (tests.length === 0) return mask.fill(1)
  for (let i = 0; i < records.length; i++) if (passes(tests, records[i] as R)) mask[i] = 1
  return mask
}

function passes<R>(tests: readonly ((record: R) => boolean)[], record: R): boolean {
  for (const test of tests) if (!test(record)) return false
  return true
}
