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
  const others: Partial<Filters> = { ...filters, [dimension]: [] }
  const chosen = filters[dimension]
  for (const kind of countedKinds(dimension)) {
    const candidates = passing(kind, recordsOf(records, kind), others, index)
    if (candidates.length === 0) continue
    const narrow = ANY_DIMENSIONS[dimension].narrows[kind]
    if (narrow === false) continue
    for (const value of values) {
      const list = chosen.includes(value) ? chosen : [...chosen, value]
      const test = narrow({ ...filters, [dimension]: list }, index)
      const count = test ? countWhere(candidates, test) : candidates.length
      counts.set(value, (counts.get(value) ?? 0) + count)
    }
  }
  return counts
}

function recordsOf<K extends NarrowedKind>(
  records: CountedRecords,
  kind: K,
): readonly NarrowedRecords[K][] {
  const out: readonly NarrowedRecords[NarrowedKind][] =
    kind === 'enterprises'
      ? records.places.filter((p) => p.type === 'enterprise')
      : kind === 'parks'
        ? records.places.filter((p) => p.type === 'park')
        : kind === 'visits'
          ? records.visits
          : records.events
  return out as readonly NarrowedRecords[K][]
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
