import type { Place } from '../derive/places'
import type { NewsEvent, Visit } from '../schema/records'
import { NARROWED_KINDS, type NarrowedKind } from './dimension-kit'
import { ANY_DIMENSIONS, type Filters } from './dimensions'
import type { FilterIndex } from './filter-index'
import { eventFilterMask, placeFilterMask, visitFilterMask } from './filters'
import { type LinkedOr, RECORD_VALUES } from './reference-dimensions'

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
interface Codes {
  start: Uint32Array
  codes: Uint32Array
}

interface Column extends Codes {
  /** `1` at the records the dimension counts (a place of a kind it does not narrow: `0`). */
  counted: Uint8Array | null
}

/** One dimension's values, coded, and the codes of every record it counts. */
interface DimensionColumns {
  codes: Map<string, number>
  columns: { [C in Collection]: Column | null }
}

/**
 * For each dimension the filter bar offers, the values each record has (`RECORD_VALUES`),
 * as typed arrays: built once per dataset, so counting under a filter state is one pass over
 * the records' masks, however many values there are. `places` are in `Place.index` order,
 * as `toPlaces` gives them.
 */
export type OptionIndex = Record<PickedDimension, DimensionColumns>

export function buildOptionIndex(
  places: readonly Place[],
  visits: readonly Visit[],
  events: readonly NewsEvent[],
  index: FilterIndex,
): OptionIndex {
  const build = (dimension: PickedDimension): DimensionColumns => {
    const kinds = new Set(countedKinds(dimension))
    const values = RECORD_VALUES[dimension]
    const codes = new Map<string, number>()
    const code = (value: string) => {
      let found = codes.get(value)
      if (found === undefined) codes.set(value, (found = codes.size))
      return found
    }
    // The row being filled takes the codes of the values it is given.
    let addCode: (code: number) => void = () => undefined
    const addValue = (value: string) => addCode(code(value))
    // Every place's codes, counted or not: visits and events may take theirs from the places
    // they link.
    const placeCodes = codeRows(places.length, (row, add) => {
      const place = places[row] as Place
      addCode = add
      if (place.type === 'enterprise') values.enterprises(place, index, addValue)
      else values.parks(place, index, addValue)
    })
    const column = <R>(records: readonly R[], of: LinkedOr<R>): Column => {
      if (typeof of === 'function')
        return {
          ...codeRows(records.length, (row, add) => {
            addCode = add
            of(records[row] as R, index, addValue)
          }),
          counted: null,
        }
      return {
        ...codeRows(records.length, (row, add) => {
          for (const id of of.linked(records[row] as R)) {
            const place = index.places.get(id)
            if (!place) continue
            const end = placeCodes.start[place.index + 1] as number
            for (let j = placeCodes.start[place.index] as number; j < end; j++)
              add(placeCodes.codes[j] as number)
          }
        }),
        counted: null,
      }
    }
    const enterprises = kinds.has('enterprises')
    const parks = kinds.has('parks')
    const placeColumn = (): Column => ({
      ...placeCodes,
      counted:
        enterprises && parks
          ? null
          : Uint8Array.from(places, (p) =>
              (p.type === 'enterprise' ? enterprises : parks) ? 1 : 0,
            ),
    })
    return {
      codes,
      columns: {
        places: enterprises || parks ? placeColumn() : null,
        visits: kinds.has('visits') ? column(visits, values.visits) : null,
        events: kinds.has('events') ? column(events, values.events) : null,
      },
    }
  }
  return {
    industries: build('industries'),
    municipalities: build('municipalities'),
    regions: build('regions'),
  }
}

/** Rows of codes, each filled by `fill`; a code added twice to a row is kept once. */
function codeRows(
  rows: number,
  fill: (row: number, add: (code: number) => void) => void,
): Codes {
  const start = new Uint32Array(rows + 1)
  let codes = new Uint32Array(Math.max(16, rows))
  let length = 0
  let from = 0
  const add = (code: number) => {
    for (let j = from; j < length; j++) if (codes[j] === code) return
    if (length === codes.length) {
      const grown = new Uint32Array(codes.length * 2)
      grown.set(codes)
      codes = grown
    }
    codes[length++] = code
  }
  for (let row = 0; row < rows; row++) {
    start[row] = from = length
    fill(row, add)
  }
  start[rows] = length
  return { start, codes: codes.slice(0, length) }
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
    for (let i = 0; i < start.length - 1; i++) {
      if (without[i] !== 1 || (counted !== null && counted[i] === 0)) continue
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
