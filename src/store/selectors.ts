import type { CrossCheckResult } from '@/domain/load/cross-check'
import {
  type Place,
  type VisitPlaces,
  resolveVisitPlaces,
  toPlaces,
  visitPlaces,
} from '@/domain/derive/places'
import { type PointIndex, buildPointIndex } from '@/domain/geo/point-index'
import type { FilterKey, Filters, ListFilterKey } from '@/domain/filters/dimensions'
import { narrowingFields } from '@/domain/filters/filter-values'
import {
  type EventCriteria,
  type FilterIndex,
  type PlaceCriteria,
  type VisitCriteria,
  buildFilterIndex,
  eventFilterMask,
  filterEvents,
  filterPlaces,
  filterVisits,
  pickByMask,
  placeFilterMask,
  visitFilterMask,
} from '@/domain/filters/filters'
import type { NewsEvent, Visit } from '@/domain/schema/records'

import type { AppState } from './app-store'
import { selectDatasets } from './file-selectors'
import { memoArgs, memoOne } from './memo'

const allPlaces = memoOne((datasets: CrossCheckResult['datasets']) => toPlaces(datasets))

/** Every enterprise and park, valid and deduplicated. */
export const selectPlaces = (s: AppState): Place[] => allPlaces(selectDatasets(s))

const filterIndex = memoArgs(buildFilterIndex)

/** Search text, date spans and region links of every record, built once per dataset. */
export const selectFilterIndex = (s: AppState): FilterIndex => {
  const datasets = selectDatasets(s)
  return filterIndex(selectPlaces(s), datasets.visits, datasets.events)
}

// The filters each kind of record depends on (its `narrows` in the filter table), kept by
// reference while those fields stay the same: picking an industry then leaves visits, events
// and every panel drawn from them as they were, and moving the period leaves the places.
function criteriaSelector<C>(
  keys: readonly FilterKey[],
  fixed: Partial<Filters> = {},
): (s: AppState) => C {
  let last: { values: unknown[]; criteria: C } | undefined
  const read = keys.filter((key) => !(key in fixed))
  return ({ filters }) => {
    const values = read.map((key) => filters[key])
    if (!last || values.some((value, i) => value !== last?.values[i])) {
      const criteria = {
        ...Object.fromEntries(read.map((key, i) => [key, values[i]])),
        ...fixed,
      } as C
      last = { values, criteria }
    }
    return last.criteria
  }
}

/** The filters that narrow enterprises and parks, the same object while they stay the same. */
const selectPlaceCriteria = criteriaSelector<PlaceCriteria>(
  narrowingFields('enterprises', 'parks'),
)

const criteriaWithout = new Map<string, (s: AppState) => unknown>()

/**
 * The filters of `records` with one list dimension cleared, the same object while the others
 * stay the same: a chart of that dimension counts these, so its own picks do not hide its bars,
 * and so do the «Добавить фильтр» counts.
 */
export function selectCriteriaWithout<C>(
  records: 'places' | 'visits' | 'events',
  key: ListFilterKey,
): (s: AppState) => C {
  const id = `${records}:${key}`
  let select = criteriaWithout.get(id)
  if (!select) {
    const fields =
      records === 'places'
        ? narrowingFields('enterprises', 'parks')
        : narrowingFields(records)
    select = criteriaSelector<C>(fields, { [key]: [] })
    criteriaWithout.set(id, select)
  }
  return select as (s: AppState) => C
}

/** The place filters without one list dimension (see `selectCriteriaWithout`). */
const selectPlaceCriteriaWithout = (key: ListFilterKey) =>
  selectCriteriaWithout<PlaceCriteria>('places', key)

const placesWithout = new Map<ListFilterKey, typeof filterPlaces>()
const ALL_PLACE_LAYERS = { enterprises: true, parks: true }

/**
 * Enterprises and parks under every filter except `key`, whatever layers the map shows: what
 * a chart of that dimension and the map's municipal view count, so both agree.
 */
export const selectPlacesWithout =
  (key: ListFilterKey) =>
  (s: AppState): Place[] => {
    // With nothing picked in `key` these are the filtered places: the same array, no pass.
    if (s.filters[key].length === 0) return selectFilteredPlaces(s)
    let filter = placesWithout.get(key)
    if (!filter) {
      filter = memoArgs(filterPlaces)
      placesWithout.set(key, filter)
    }
    return filter(
      selectPlaces(s),
      selectPlaceCriteriaWithout(key)(s),
      ALL_PLACE_LAYERS,
      selectFilterIndex(s),
    )
  }

/** The visit filters without one list dimension (see `selectCriteriaWithout`). */
export const selectVisitCriteriaWithout = (key: ListFilterKey) =>
  selectCriteriaWithout<VisitCriteria>('visits', key)

const selectVisitCriteria = criteriaSelector<VisitCriteria>(narrowingFields('visits'))

const selectEventCriteria = criteriaSelector<EventCriteria>(narrowingFields('events'))

/**
 * The filters of visits and events without the period, the same object while they stay the
 * same: the timeline's bars count these, so the brush can widen the period again.
 */
const selectOpenPeriodCriteria = criteriaSelector<EventCriteria & VisitCriteria>(
  narrowingFields('visits', 'events'),
  { from: null, to: null },
)

const placeMaskOf = memoArgs(placeFilterMask)

/**
 * `1` at the `Place.index` of every place that passes the filters, whatever the map layers:
 * computed once per change of the place filters and shared by every panel (tiles, map, table,
 * charts, flows), which read it or the arrays picked from it.
 */
export const selectPlaceMask = (s: AppState): Uint8Array =>
  placeMaskOf(selectPlaces(s), selectPlaceCriteria(s), selectFilterIndex(s))

const filteredPlaces = memoArgs(pickByMask<Place>)

/** Enterprises and parks that pass the filters, whatever the map layers (counts, charts). */
export const selectFilteredPlaces = (s: AppState): Place[] =>
  filteredPlaces(selectPlaces(s), selectPlaceMask(s))

const layerMask = memoArgs(
  (places: readonly Place[], mask: Uint8Array, enterprises: boolean, parks: boolean) => {
    const shown = new Uint8Array(mask.length)
    for (const place of places)
      if (mask[place.index] === 1 && (place.type === 'park' ? parks : enterprises))
        shown[place.index] = 1
    return shown
  },
)

/** `1` at the `Place.index` of every place the map and table show. */
export const selectVisibleMask = (s: AppState): Uint8Array =>
  s.layers.enterprises && s.layers.parks
    ? selectPlaceMask(s)
    : layerMask(selectPlaces(s), selectPlaceMask(s), s.layers.enterprises, s.layers.parks)

const visiblePlaces = memoArgs(pickByMask<Place>)

/** Enterprises and parks that pass the filters and whose layer is on: what map and table show. */
export const selectVisiblePlaces = (s: AppState): Place[] =>
  s.layers.enterprises && s.layers.parks
    ? selectFilteredPlaces(s)
    : visiblePlaces(selectPlaces(s), selectVisibleMask(s))

const resolvedVisitPlaces = memoArgs(resolveVisitPlaces)
const shownVisitPlaces = memoArgs(visitPlaces)

/** The places each visit names, and which pass the filters (whatever the map layers). */
export const selectVisitPlaces = (s: AppState): VisitPlaces =>
  shownVisitPlaces(
    resolvedVisitPlaces(selectDatasets(s).visits, selectPlaces(s)),
    selectPlaceMask(s),
  )

const visitMaskOf = memoArgs(visitFilterMask)

/** `1` at the position of every visit that passes the filters. */
export const selectVisitMask = (s: AppState): Uint8Array =>
  visitMaskOf(selectDatasets(s).visits, selectVisitCriteria(s), selectFilterIndex(s))

const filteredVisits = memoArgs(pickByMask<Visit>)

/** Visits that pass the filters. */
export const selectFilteredVisits = (s: AppState): Visit[] =>
  filteredVisits(selectDatasets(s).visits, selectVisitMask(s))

const eventMaskOf = memoArgs(eventFilterMask)

/** `1` at the position of every event that passes the filters. */
export const selectEventMask = (s: AppState): Uint8Array =>
  eventMaskOf(selectDatasets(s).events, selectEventCriteria(s), selectFilterIndex(s))

const filteredEvents = memoArgs(pickByMask<NewsEvent>)

/** Events that pass the filters (by default only Smolensk industry news). */
export const selectFilteredEvents = (s: AppState): NewsEvent[] =>
  filteredEvents(selectDatasets(s).events, selectEventMask(s))

const openPeriodVisits = memoArgs(filterVisits)
const openPeriodEvents = memoArgs(filterEvents)
const noPeriod = (s: AppState) => s.filters.from === null && s.filters.to === null

/** Visits under every filter but the period (the timeline's bars): the filtered ones when no period is set. */
export const selectOpenPeriodVisits = (s: AppState): Visit[] =>
  noPeriod(s)
    ? selectFilteredVisits(s)
    : openPeriodVisits(
        selectDatasets(s).visits,
        selectOpenPeriodCriteria(s),
        selectFilterIndex(s),
      )

/** Events under every filter but the period (the timeline's bars). */
export const selectOpenPeriodEvents = (s: AppState): NewsEvent[] =>
  noPeriod(s)
    ? selectFilteredEvents(s)
    : openPeriodEvents(
        selectDatasets(s).events,
        selectOpenPeriodCriteria(s),
        selectFilterIndex(s),
      )

const pointIndex = memoOne(buildPointIndex)

/** Every place projected for the map once, and those without a position. */
export const selectPointIndex = (s: AppState): PointIndex => pointIndex(selectPlaces(s))

const visibleUnplaced = memoArgs((index: PointIndex, mask: Uint8Array): Place[] =>
  index.unplaced.filter((place) => mask[place.index] === 1),
)

/** Shown places the map cannot draw, for want of a position. */
export const selectUnplaced = (s: AppState): Place[] =>
  visibleUnplaced(selectPointIndex(s), selectVisibleMask(s))

/** Records whose span starts on or before the cursor; all of them when the cursor is off. */
function upToCursor<T extends { id: string }>(
  records: readonly T[],
  spans: ReadonlyMap<string, { start: string }>,
  cursor: string | null,
): readonly T[] {
  return cursor === null
    ? records
    : records.filter((r) => (spans.get(r.id)?.start ?? '') <= cursor)
}

const revealedVisits = memoArgs(upToCursor<Visit>)

/** Filtered visits that have happened by the timeline cursor (all of them when it is off). */
export const selectRevealedVisits = (s: AppState): readonly Visit[] =>
  revealedVisits(
    selectFilteredVisits(s),
    selectFilterIndex(s).visitSpan,
    s.timelineCursor,
  )
