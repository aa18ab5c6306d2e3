import type { AppState } from './app-store'
import { selectShownCounts, selectTotalCounts } from './count-selectors'
import { selectDatasets } from './file-selectors'
import {
  selectEventMask,
  selectFilterIndex,
  selectFilteredPlaces,
  selectPlaceMask,
  selectPlaces,
  selectPointIndex,
  selectVisibleMask,
  selectVisitMask,
} from './selectors'

/**
 * What a new set of records rebuilds, in the order it is built: the merged datasets, the
 * places, the map's point index, the filter look-ups, the masks and the headline counts.
 */
const REBUILT_WITH_RECORDS: readonly ((s: AppState) => unknown)[] = [
  selectDatasets,
  selectPlaces,
  selectPointIndex,
  selectFilterIndex,
  selectPlaceMask,
  selectVisibleMask,
  selectFilteredPlaces,
  selectVisitMask,
  selectEventMask,
  selectTotalCounts,
  selectShownCounts,
]

/**
 * Builds the derived data of `next`, a state about to be set, one piece per task (`pause`
 * between them). The selectors keep their last result by the references they read, so the
 * update that sets `next` finds them made and only draws: at 100,000 imported records that
 * update was one task of about 400 ms. The caller sets `next` in the task this resolves in,
 * with no store change in between. Never wrong, only slower, if something draws from the
 * current state meanwhile: a selector called on another state simply builds again.
 */
export async function prepareDerived(
  next: AppState,
  pause: () => Promise<void>,
): Promise<void> {
  for (const [at, select] of REBUILT_WITH_RECORDS.entries()) {
    // No pause after the last piece: the caller sets `next` in this same task.
    if (at > 0) await pause()
    select(next)
  }
}
