import { DEFAULT_HOME_REGION } from '@/domain/charts/series'
import {
  type HeadlineCounts,
  countMasked,
  headlineColumns,
} from '@/domain/derive/headline-counts'
import {
  type EventCriteria,
  type PlaceCriteria,
  type VisitCriteria,
  eventFilterMask,
  placeFilterMask,
  visitFilterMask,
} from '@/domain/filters/filters'
import {
  type OptionIndex,
  type PickedDimension,
  type RecordMasks,
  buildOptionIndex,
  countOptions,
} from '@/domain/filters/option-counts'

import type { AppState } from './app-store'
import { selectDatasets } from './file-selectors'
import { keepSame, memoArgs } from './memo'
import {
  selectCriteriaWithout,
  selectEventMask,
  selectFilterIndex,
  selectPlaceMask,
  selectPlaces,
  selectVisitMask,
} from './selectors'

/** The home region of the manifest, or the default one until it is known. */
export const selectHomeRegion = (s: AppState): string =>
  s.manifest.status === 'ready' ? s.manifest.manifest.homeRegion : DEFAULT_HOME_REGION

const columnsOf = memoArgs(headlineColumns)

const selectColumns = (s: AppState) => {
  const datasets = selectDatasets(s)
  return columnsOf(selectPlaces(s), datasets.visits, datasets.events, selectHomeRegion(s))
}

const sameCounts = (a: HeadlineCounts, b: HeadlineCounts) =>
  a.enterprises === b.enterprises &&
  a.otherOrganisations === b.otherOrganisations &&
  a.parks === b.parks &&
  a.visits === b.visits &&
  a.events === b.events

const shownCounts = memoArgs(
  (
    columns: ReturnType<typeof headlineColumns>,
    places: Uint8Array,
    visits: Uint8Array,
    events: Uint8Array,
  ) => countMasked(columns, { places, visits, events }),
)
const keepShown = keepSame(sameCounts)

/**
 * The headline counts of what passes the filters, summed from the shared masks; the same
 * object while the numbers stay the same, so the tiles redraw only when a number changes.
 */
export const selectShownCounts = (s: AppState): HeadlineCounts =>
  keepShown(
    shownCounts(
      selectColumns(s),
      selectPlaceMask(s),
      selectVisitMask(s),
      selectEventMask(s),
    ),
  )

const totalCounts = memoArgs((columns: ReturnType<typeof headlineColumns>) =>
  countMasked(columns),
)

/** The headline counts of every record (the tiles' «из N»). */
export const selectTotalCounts = (s: AppState): HeadlineCounts =>
  totalCounts(selectColumns(s))

const optionIndexOf = memoArgs(buildOptionIndex)

/** The values every record has, per «Добавить фильтр» dimension: built on the first count. */
const selectOptionIndex = (s: AppState): OptionIndex => {
  const datasets = selectDatasets(s)
  return optionIndexOf(
    selectPlaces(s),
    datasets.visits,
    datasets.events,
    selectFilterIndex(s),
  )
}

const toMasks = (
  places: Uint8Array,
  visits: Uint8Array,
  events: Uint8Array,
): RecordMasks => ({ places, visits, events })
const masksOf = memoArgs(toMasks)

/** The shared masks of what passes the filters, as one object while they stay the same. */
const selectShownMasks = (s: AppState): RecordMasks =>
  masksOf(selectPlaceMask(s), selectVisitMask(s), selectEventMask(s))

/** What passes every filter but the dimension's own list: the shown masks when it is empty. */
function masksWithout(key: PickedDimension): (s: AppState) => RecordMasks {
  const places = memoArgs(placeFilterMask)
  const visits = memoArgs(visitFilterMask)
  const events = memoArgs(eventFilterMask)
  const together = memoArgs(toMasks)
  return (s) => {
    if (s.filters[key].length === 0) return selectShownMasks(s)
    const datasets = selectDatasets(s)
    const index = selectFilterIndex(s)
    return together(
      places(
        selectPlaces(s),
        selectCriteriaWithout<PlaceCriteria>('places', key)(s),
        index,
      ),
      visits(
        datasets.visits,
        selectCriteriaWithout<VisitCriteria>('visits', key)(s),
        index,
      ),
      events(
        datasets.events,
        selectCriteriaWithout<EventCriteria>('events', key)(s),
        index,
      ),
    )
  }
}

/** How many records a value would leave were it added to its dimension (`countOptions`). */
type OptionCount = (value: string) => number

function optionCountsOf(key: PickedDimension): (s: AppState) => OptionCount {
  const others = masksWithout(key)
  const count = memoArgs(
    (
      index: OptionIndex,
      chosen: readonly string[],
      shown: RecordMasks,
      without: RecordMasks,
    ) => countOptions(index, key, chosen, shown, without),
  )
  return (s) =>
    count(selectOptionIndex(s), s.filters[key], selectShownMasks(s), others(s))
}

const industryCounts = optionCountsOf('industries')
const municipalityCounts = optionCountsOf('municipalities')
const regionCounts = optionCountsOf('regions')
const countsOf = memoArgs(
  (
    industries: OptionCount,
    municipalities: OptionCount,
    regions: OptionCount,
  ): Record<PickedDimension, OptionCount> => ({ industries, municipalities, regions }),
)

/**
 * The «Добавить фильтр» counts under the current filters, the same object until a filter or
 * the data changes: one pass over the shared masks per dimension, the values each record has
 * indexed once per dataset. Read only while the list is open.
 */
export const selectOptionCounts = (s: AppState): Record<PickedDimension, OptionCount> =>
  countsOf(industryCounts(s), municipalityCounts(s), regionCounts(s))
