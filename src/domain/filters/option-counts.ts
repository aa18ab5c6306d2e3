import type { Place } from '../derive/places'
import type { NewsEvent, Visit } from '../schema/records'
import { NARROWED_KINDS, type NarrowedKind } from './dimension-kit'
import { ANY_DIMENSIONS, type Filters } from './dimensions'
import type { FilterIndex } from './filter-index'
import { eventFilterMask, placeFilterMask, visitFilterMask } from './filters'
import { RECORD_VALUES } from './reference-dimensions'

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

/** `1` at each record that passes, by kind: places by `Place.index`, the others by position. */
export interface RecordMasks {
  places: Uint8Array
  visits: Uint8Array
  events: Uint8Array
}

type Collection = keyof RecordMasks

/** The value codes of each record of one collection: record i has `codes[start[i]…start[i+1])`. */
interface Column {
  start: Uint32Array
  codes: Uint32Array
  /** `1` at the records the dimension counts (a place of a kind it does not narrow is `0`). */
  counted: Uint8Array
}

/** One dimension's values, coded, and the codes of every record it counts. */
interface DimensionColumns {
  codes: Map<string, number>
  columns: { [C in Collection]: Column | null }
}

/**
 * For each dimension the filter bar offers, the values each record has (`RECORD_VALUES`),
 * as typed arrays: built once per dataset, so counting under a filter state is one pass over
 * the records' masks, however many values there are.
 */
export type OptionIndex = Record<PickedDimension, DimensionColumns>

export function buildOptionIndex(
  places: readonly Place[],
  visits: readonly Visit[],
  events: readonly NewsEvent[],
  index: FilterIndex,
): OptionIndex {
  const build = (dimension: PickedDimension): DimensionColumns => {
    const counted = new Set(countedKinds(dimension))
    const values = RECORD_VALUES[dimension]
    const codes = new Map<string, number>()
    const code = (value: string) => {
      let found = codes.get(value)
      if (found === undefined) codes.set(value, (found = codes.size))
      return found
    }
    const column = <R>(
      records: readonly R[],
      position: (record: R, i: number) => number,
      valuesOf: (record: R) => readonly string[] | null,
    ): Column => {
      const lists = Array.from<readonly string[] | null>({ length: records.length }).fill(
        null,
      )
      records.forEach((record, i) => (lists[position(record, i)] = valuesOf(record)))
      return toColumn(lists, code)
    }
    const placeValues = (place: Place) =>
      place.type === 'enterprise'
        ? counted.has('enterprises')
          ? values.enterprises(place, index)
          : null
        : counted.has('parks')
          ? values.parks(place, index)
          : null
    return {
      codes,
      columns: {
        places:
          counted.has('enterprises') || counted.has('parks')
            ? column(places, (p) => p.index, placeValues)
            : null,
        visits: counted.has('visits')
          ? column(
              visits,
              (_, i) => i,
              (v) => values.visits(v, index),
            )
          : null,
        events: counted.has('events')
          ? column(
              events,
              (_, i) => i,
              (e) => values.events(e, index),
            )
          : null,
      },
    }
  }
  return {
    industries: build('industries'),
    municipalities: build('municipalities'),
    regions: build('regions'),
  }
}

/** The lists as one column of codes, each value once per record; `null`: not counted. */
function toColumn(
  lists: readonly (readonly string[] | null)[],
  code: (value: string) => number,
): Column {
  const start = new Uint32Array(lists.length + 1)
  const counted = new Uint8Array(lists.length)
  const codes: number[] = []
  lists.forEach((list, i) => {
    start[i] = codes.length
    if (list === null) return
    counted[i] = 1
    const from = codes.length
    for (const value of list) {
      const c = code(value)
      if (codes.indexOf(c, from) === -1) codes.push(c)
    }
  })
  start[lists.length] = codes.length
  return { start, codes: Uint32Array.from(codes), counted }
}

/**
 * For each value, how many records of the `countedKinds` of the dimension would pass the
 * filters were the value added to the dimension's list (values already in the list count the
 * records the list passes now).
 *
 * `shown`: the records that pass the filters; `others`: those that pass every filter but the
 * dimension's own list (the same masks when the list is empty). A record the list passes now
 * counts for every value; one that only the other filters pass counts for the values it has.
 */
export function countOptions(
  index: OptionIndex,
  dimension: PickedDimension,
  chosen: readonly string[],
  shown: RecordMasks,
  others: RecordMasks,
): (value: string) => number {
  const { codes, columns } = index[dimension]
  const tally = new Uint32Array(codes.size)
  const narrowed = chosen.length > 0
  let passing = 0
  for (const collection of ['places', 'visits', 'events'] as const) {
    const column = columns[collection]
    if (!column) continue
    const { start, codes: valueCodes, counted } = column
    const now = shown[collection]
    const without = others[collection]
    for (let i = 0; i < counted.length; i++) {
      if (counted[i] === 0 || without[i] !== 1) continue
      if (narrowed && now[i] === 1) {
        passing++
        continue
      }
      const end = start[i + 1] as number
      for (let j = start[i] as number; j < end; j++) {
        const c = valueCodes[j] as number
        tally[c] = (tally[c] as number) + 1
      }
    }
  }
  return (value) => {
    if (chosen.includes(value)) return passing
    const c = codes.get(value)
    return passing + (c === undefined ? 0 : (tally[c] as number))
  }
}

/** The masks of the records that pass `filters`. */
export function recordMasks(
  records: CountedRecords,
  filters: Filters,
  index: FilterIndex,
): RecordMasks {
  return {
    places: placeFilterMask(records.places, filters, index),
    visits: visitFilterMask(records.visits, filters, index),
    events: eventFilterMask(records.events, filters, index),
  }
}

/**
 * `countOptions` from scratch: the index and the masks made for this one call. The page keeps
 * the index per dataset and the masks per filter change (`src/store/count-selectors.ts`).
 */
export function optionCounts(
  records: CountedRecords,
  filters: Filters,
  index: FilterIndex,
  dimension: PickedDimension,
  values: readonly string[],
): Map<string, number> {
  const options = buildOptionIndex(records.places, records.visits, records.events, index)
  const chosen = filters[dimension]
  const shown = recordMasks(records, filters, index)
  const others =
    chosen.length === 0
      ? shown
      : recordMasks(records, { ...filters, [dimension]: [] }, index)
  const count = countOptions(options, dimension, chosen, shown, others)
  return new Map(values.map((value) => [value, count(value)]))
}
