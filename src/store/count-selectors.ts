import { DEFAULT_HOME_REGION } from '@/domain/charts/series'
import {
  type HeadlineCounts,
  countMasked,
  headlineColumns,
} from '@/domain/derive/headline-counts'

import type { AppState } from './app-store'
import { selectDatasets } from './file-selectors'
import { keepSame, memoArgs } from './memo'
import {
  selectEventMask,
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
