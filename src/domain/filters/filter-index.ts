import type { Place } from '../derive/places'
import type { NewsEvent, Visit } from '../schema/records'
import { type DateSpan, dateSpan } from './date-range'
import { eventPlaceIds, visitPlaceIds } from './linked-places'
import { normaliseText } from './text'

/**
 * Looked up once per dataset: the regions that visits and events connect places with and the
 * date span of every visit and event, so each filter change is one pass with no re-derivation.
 * The search text is made on the first search, not on load: most views never search.
 */
export interface FilterIndex {
  /**
   * The enterprises and parks that visits and events name, by id: what a dimension narrowing
   * visits and events by their places, and «Что нового», look up. Only those: a map of all
   * 100,000 places of a large import cost tens of milliseconds in the task that draws it.
   */
  readonly places: Map<string, Place>
  /** Regions other than its own that visits and events connect a place with. */
  placeLinks: Map<string, readonly string[]>
  visitSpan: Map<string, DateSpan>
  eventSpan: Map<string, DateSpan>
  /** Lower-cased searchable text of every record, made once on the first call. */
  searchText: () => SearchText
  /**
   * The places a visit or an event links (`linked` gives their ids: a record is always asked
   * with the same one), looked up on the first call for that record and kept: later filter
   * changes look up no id.
   */
  linkedPlaces: <R extends Visit | NewsEvent>(
    record: R,
    linked: (record: R) => readonly string[],
  ) => readonly Place[]
  /** One more than the largest `Place.index`: the length of an array by place. */
  placeSlots: number
  /** A place field as a column by `Place.index`, made on its first call. */
  placeColumn: (field: PlaceColumnField) => PlaceColumn
}

export type PlaceColumnField = 'industries' | 'municipality'

/**
 * The values of one field of every place as typed arrays by `Place.index`: a filter change
 * tests 100,000 places by reading these, not their records scattered over the heap (the
 * record-reading test was a third of a filter change at that size).
 */
interface PlaceColumn {
  /** The places by slot: a place that is not its slot's is tested by its record. */
  bySlot: readonly (Place | undefined)[]
  /** The codes of a place's values: `codes[offsets[slot]]` up to `codes[offsets[slot + 1]]`. */
  offsets: Uint32Array
  codes: Uint32Array
  /** Value id → code. */
  code: Map<string, number>
}

function placeColumn(
  places: readonly Place[],
  slots: number,
  field: PlaceColumnField,
): PlaceColumn {
  const valuesOf = (place: Place): readonly string[] => {
    if (field === 'industries') return place.record.industries
    // A place of no stated municipality is picked by the '' value («не указан»).
    return [place.record.municipality ?? '']
  }
  const bySlot = new Array<Place | undefined>(slots)
  for (const place of places) bySlot[place.index] = place
  const offsets = new Uint32Array(slots + 1)
  for (let slot = 0; slot < slots; slot++) {
    const place = bySlot[slot]
    offsets[slot + 1] = (offsets[slot] ?? 0) + (place ? valuesOf(place).length : 0)
  }
  const codes = new Uint32Array(offsets[slots] ?? 0)
  const code = new Map<string, number>()
  for (let slot = 0; slot < slots; slot++) {
    const place = bySlot[slot]
    if (!place) continue
    let at = offsets[slot] ?? 0
    for (const id of valuesOf(place)) {
      let c = code.get(id)
      if (c === undefined) code.set(id, (c = code.size))
      codes[at++] = c
    }
  }
  return { bySlot, offsets, codes, code }
}

interface SearchText {
  places: Map<string, string>
  visits: Map<string, string>
  events: Map<string, string>
}

export function buildFilterIndex(
  places: readonly Place[],
  visits: readonly Visit[],
  events: readonly NewsEvent[],
): FilterIndex {
  const placeLinks = new Map<string, string[]>()
  const link = (id: string, regions: readonly (string | undefined)[]) => {
    let linked = placeLinks.get(id)
    if (!linked) placeLinks.set(id, (linked = []))
    // A visit whose origin is not known links its places with its destination only.
    for (const region of regions)
      if (region !== undefined && !linked.includes(region)) linked.push(region)
  }
  for (const visit of visits)
    for (const id of visitPlaceIds(visit)) link(id, [visit.fromRegion, visit.toRegion])
  for (const event of events)
    for (const id of eventPlaceIds(event)) link(id, event.regions)
  const textOf = (t: { ru: string; en?: string }, extra?: { ru: string; en?: string }) =>
    normaliseText([t.ru, t.en, extra?.ru, extra?.en].filter(Boolean).join(' '))
  let text: SearchText | undefined
  let byId: Map<string, Place> | undefined
  const linkedCache = new WeakMap<object, readonly Place[]>()
  let placeSlots = 0
  for (const place of places) placeSlots = Math.max(placeSlots, place.index + 1)
  const columns = new Map<PlaceColumnField, PlaceColumn>()
  return {
    get places() {
      if (!byId) {
        byId = new Map()
        for (const place of places)
          if (placeLinks.has(place.record.id)) byId.set(place.record.id, place)
      }
      return byId
    },
    placeLinks,
    placeSlots,
    placeColumn(field) {
      let column = columns.get(field)
      if (!column) columns.set(field, (column = placeColumn(places, placeSlots, field)))
      return column
    },
    linkedPlaces(record, linked) {
      let found = linkedCache.get(record)
      if (!found) {
        const list: Place[] = []
        for (const id of linked(record)) {
          const place = this.places.get(id)
          if (place) list.push(place)
        }
        linkedCache.set(record, (found = list))
      }
      return found
    },
    visitSpan: new Map(
      visits.map((v) => [v.id, dateSpan(v.date, v.datePrecision, v.endDate)]),
    ),
    eventSpan: new Map(events.map((e) => [e.id, dateSpan(e.date, e.datePrecision)])),
    searchText: () =>
      (text ??= {
        places: new Map(
          places.map((p) => [p.record.id, textOf(p.record.name, p.record.shortName)]),
        ),
        visits: new Map(visits.map((v) => [v.id, textOf(v.title)])),
        events: new Map(events.map((e) => [e.id, textOf(e.title)])),
      }),
  }
}

/**
 * The look-ups a filter change makes on first use, made ahead one slice per step: the place
 * columns, then the places every visit and event links. At 100,000 records the first
 * industry pick paid about 250 ms for them. Run it in idle time (`yield` between slices).
 */
export function* warmFilterIndex(
  index: FilterIndex,
  visits: readonly Visit[],
  events: readonly NewsEvent[],
  slice = 2000,
): Generator<void, void, void> {
  index.placeColumn('industries')
  yield
  index.placeColumn('municipality')
  yield
  for (let i = 0; i < visits.length; i++) {
    index.linkedPlaces(visits[i] as Visit, visitPlaceIds)
    if (i % slice === slice - 1) yield
  }
  for (let i = 0; i < events.length; i++) {
    index.linkedPlaces(events[i] as NewsEvent, eventPlaceIds)
    if (i % slice === slice - 1) yield
  }
}
