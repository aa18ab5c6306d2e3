import {
  type CrossCheckResult,
  type ParsedDatasets,
  crossCheck,
} from '@/domain/load/cross-check'
import {
  type Place,
  type VisitPlaces,
  placeMask,
  resolveVisitPlaces,
  toPlaces,
  visitPlaces,
} from '@/domain/derive/places'
import { type PointIndex, buildPointIndex } from '@/domain/geo/point-index'
import {
  type FilterKey,
  type Filters,
  type ListFilterKey,
  narrowingFields,
} from '@/domain/filters/dimensions'
import {
  type EventCriteria,
  type FilterIndex,
  type PlaceCriteria,
  type VisitCriteria,
  buildFilterIndex,
  filterEvents,
  filterPlaces,
  filterVisits,
} from '@/domain/filters/filters'
import type { DatasetIssue } from '@/domain/load/issues'
import type { NewsEvent, Visit } from '@/domain/schema/records'
import { DATASET_KINDS, type DatasetKind } from '@/domain/schema/datasets'

import type { AppState } from './app-store'
import type { FileStates } from './datasets-slice'

/** Memoises a one-argument function on its argument's reference (last call only). */
function memoOne<I, O>(derive: (value: I) => O): (value: I) => O {
  let last: { input: I; output: O } | undefined
  return (value: I): O => {
    if (last?.input !== value) last = { input: value, output: derive(value) }
    return last.output
  }
}

/** Memoises a function of several arguments on their references (last call only). */
function memoArgs<A extends readonly unknown[], O>(
  derive: (...args: A) => O,
): (...args: A) => O {
  let last: { args: A; output: O } | undefined
  return (...args: A): O => {
    if (!last || args.some((arg, i) => arg !== last?.args[i])) {
      last = { args, output: derive(...args) }
    }
    return last.output
  }
}

function parsedOf(files: FileStates): ParsedDatasets {
  const parsed: ParsedDatasets = {}
  for (const kind of DATASET_KINDS) {
    const state = files[kind]
    if (state.status === 'ready')
      (parsed as Record<DatasetKind, unknown>)[kind] = state.parsed
  }
  return parsed
}

/** Valid, deduplicated, cross-checked records of every loaded file, and the cross-file issues. */
const checkFiles = memoArgs(
  (files: FileStates, homeRegion: string | undefined): CrossCheckResult =>
    crossCheck(parsedOf(files), { homeRegion }),
)

const selectChecked = (s: AppState): CrossCheckResult =>
  checkFiles(
    s.files,
    s.manifest.status === 'ready' ? s.manifest.manifest.homeRegion : undefined,
  )

export const selectDatasets = (s: AppState) => selectChecked(s).datasets

export interface FileSummary {
  kind: DatasetKind
  file: string
  status: FileStates[DatasetKind]['status']
  total: number
  shown: number
  issues: DatasetIssue[]
}

/** Per file: how many records it holds, how many are shown, and every issue found. */
const summariseFiles = memoArgs(
  (files: FileStates, checked: CrossCheckResult): FileSummary[] =>
    DATASET_KINDS.map((kind) => {
      const state = files[kind]
      const parsed = state.status === 'ready' ? state.parsed : undefined
      const issues = [
        ...(parsed?.issues ?? []),
        ...checked.issues.filter((issue) => issue.kind === kind),
      ].sort((a, b) => a.index - b.index)
      return {
        kind,
        file: state.file ?? kind,
        status: state.status,
        total: parsed?.total ?? 0,
        shown: checked.datasets[kind].length,
        issues,
      }
    }),
)

export const selectFileSummaries = (s: AppState): FileSummary[] =>
  summariseFiles(s.files, selectChecked(s))

/**
 * Whether these data files have settled: each has loaded or failed, so a panel drawn from
 * them can stop waiting. A failed manifest settles none: its files never start, and a retry
 * may still bring them.
 */
export const selectFilesSettled =
  (kinds: readonly DatasetKind[] = DATASET_KINDS) =>
  (s: AppState): boolean =>
    kinds.every((kind) => {
      const { status } = s.files[kind]
      return status === 'ready' || status === 'error'
    })

export const selectIssueCount = (s: AppState) =>
  selectFileSummaries(s).reduce((sum, f) => sum + f.issues.length, 0)

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
 * stay the same: a chart of that dimension counts these, so its own picks do not hide its bars.
 */
function selectCriteriaWithout<C>(
  records: 'places' | 'visits',
  key: ListFilterKey,
): (s: AppState) => C {
  const id = `${records}:${key}`
  let select = criteriaWithout.get(id)
  if (!select) {
    const fields =
      records === 'places'
        ? narrowingFields('enterprises', 'parks')
        : narrowingFields('visits')
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

const visiblePlaces = memoArgs(filterPlaces)

/** Enterprises and parks that pass the filters and whose layer is on: what map and table show. */
export const selectVisiblePlaces = (s: AppState): Place[] =>
  s.layers.enterprises && s.layers.parks
    ? selectFilteredPlaces(s)
    : visiblePlaces(
        selectPlaces(s),
        selectPlaceCriteria(s),
        placeLayers(s.layers.enterprises, s.layers.parks),
        selectFilterIndex(s),
      )

const allLayers = { enterprises: true, parks: true }
const filteredPlaces = memoArgs(filterPlaces)

/** Enterprises and parks that pass the filters, whatever the map layers (counts, charts). */
export const selectFilteredPlaces = (s: AppState): Place[] =>
  filteredPlaces(selectPlaces(s), selectPlaceCriteria(s), allLayers, selectFilterIndex(s))

const filteredMask = memoArgs((places: readonly Place[], filtered: readonly Place[]) =>
  placeMask(places.length, filtered),
)
const resolvedVisitPlaces = memoArgs(resolveVisitPlaces)
const shownVisitPlaces = memoArgs(visitPlaces)

/** The places each visit names, and which pass the filters (whatever the map layers). */
export const selectVisitPlaces = (s: AppState): VisitPlaces => {
  const places = selectPlaces(s)
  return shownVisitPlaces(
    resolvedVisitPlaces(selectDatasets(s).visits, places),
    filteredMask(places, selectFilteredPlaces(s)),
  )
}

const filteredVisits = memoArgs(filterVisits)

/** Visits that pass the filters. */
export const selectFilteredVisits = (s: AppState): Visit[] =>
  filteredVisits(selectDatasets(s).visits, selectVisitCriteria(s), selectFilterIndex(s))

const filteredEvents = memoArgs(filterEvents)

/** Events that pass the filters (by default only Smolensk industry news). */
export const selectFilteredEvents = (s: AppState): NewsEvent[] =>
  filteredEvents(selectDatasets(s).events, selectEventCriteria(s), selectFilterIndex(s))

const placeLayers = memoArgs((enterprises: boolean, parks: boolean) => ({
  enterprises,
  parks,
}))

const pointIndex = memoOne(buildPointIndex)

/** Every place projected for the map once, and those without a position. */
export const selectPointIndex = (s: AppState): PointIndex => pointIndex(selectPlaces(s))

const visibleMask = memoArgs((places: readonly Place[], visible: readonly Place[]) =>
  placeMask(places.length, visible),
)

/** `1` at the `Place.index` of every place the map and table show. */
export const selectVisibleMask = (s: AppState): Uint8Array =>
  visibleMask(selectPlaces(s), selectVisiblePlaces(s))

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
