import type { Place } from '../derive/places'
import type { NewsEvent, Visit } from '../schema/records'
import { NARROWED_KINDS, type NarrowedKind, type NarrowedRecords } from './dimension-kit'
import { ANY_DIMENSIONS, type Filters } from './dimensions'
import { recordTests } from './filter-values'
import type { FilterIndex } from './filter-index'

/** The list dimensions the filter bar offers values of, each one field of the same name. */
export type PickedDimension = 'industries' | 'municipalities' | 'regions'

/** The records the counts are taken over (every place, visit and event of the dataset). */
export interface CountedRecords {
  places: readonly Place[]
  visits: readonly Visit[]
  events: readonly NewsEvent[]
}

/**
 * The kinds of record a dimension's options count: those the dimension narrows in the filter
 * table. Adding an industry leaves visits and events as they were, so its count is of
 * enterprises and parks; a partner region narrows every kind, so its count is of all records.
 */
export function countedKinds(dimension: PickedDimension): NarrowedKind[] {
  return NARROWED_KINDS.filter(
    (kind) => ANY_DIMENSIONS[dimension].narrows[kind] !== false,
  )
}

/**
 * For each value, how many records of the `countedKinds` of the dimension would pass the
 * filters were the value added to the dimension's list (values already in the list count the
 * records the list passes now). One pass over the records per kind for the other filters,
 * then one test per remaining record and value.
 */
export function optionCounts(
  records: CountedRecords,
  filters: Filters,
  index: FilterIndex,
  dimension: PickedDimension,
  values: readonly string[],
): Map<string, number> {
  const counts = new Map(values.map((value) => [value, 0]))
  for (const kind of countedKinds(dimension))
    countKind(kind, records, filters, index, dimension, values, counts)
  return counts
}

/** Adds to `counts` the records of one kind each value would leave. */
function countKind<K extends NarrowedKind>(
  kind: K,
  records: CountedRecords,
  filters: Filters,
  index: FilterIndex,
  dimension: PickedDimension,
  values: readonly string[],
  counts: Map<string, number>,
): void {
  const narrow = ANY_DIMENSIONS[dimension].narrows[kind]
  if (narrow === false) return
  // The records the other filters let through; the dimension's own list is left empty.
  const others: Partial<Filters> = { ...filters, [dimension]: [] }
  const candidates = passing(kind, recordsOf(records, kind), others, index)
  if (candidates.length === 0) return
  const chosen = filters[dimension]
  for (const value of values) {
    const list = chosen.includes(value) ? chosen : [...chosen, value]
    const test = narrow({ ...filters, [dimension]: list }, index)
    const count = test ? countWhere(candidates, test) : candidates.length
    counts.set(value, (counts.get(value) ?? 0) + count)
  }
}

function recordsOf<K extends NarrowedKind>(
  records: CountedRecords,
  kind: K,
): readonly NarrowedRecords[K][] {
  const byKind: { [P in NarrowedKind]: () => readonly NarrowedRecords[P][] } = {
    enterprises: () => records.places.filter((p) => p.type === 'enterprise'),
    parks: () => records.places.filter((p) => p.type === 'park'),
    visits: () => records.visits,
    events: () => records.events,
  }
  return byKind[kind]()
}

function passing<K extends NarrowedKind>(
  kind: K,
  records: readonly NarrowedRecords[K][],
  criteria: Partial<Filters>,
  index: FilterIndex,
): NarrowedRecords[K][] {
  const tests = recordTests(kind, criteria, index)
  return records.filter((record) => tests.every((test) => test(record)))
}

function countWhere<R>(records: readonly R[], test: (record: R) => boolean): number {
  let count = 0
  for (const record of records) if (test(record)) count++
  return count
}
