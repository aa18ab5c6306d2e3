import { exportFileName, localDay } from '@/domain/export/file-name'
import type { Translate } from '@/domain/export/text'
import { formatDate } from '@/shared/format/format'
import { type AppState, useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'
import {
  selectFilteredEvents,
  selectFilteredPlaces,
  selectFilteredVisits,
  selectRevealedVisits,
  selectVisiblePlaces,
} from '@/store/selectors'

import { makeBrief } from './brief'
import { capturePng } from './capture'
import { downloadBlob } from './download'
import { buildStamp } from './stamp'

/** Which records an image shows, so its stamp lists their sources. */
export type Scope = 'all' | 'map'

/**
 * Saves `element()` as `promkarta-<slug>-<day>.png`, stamped with the data date, the filters
 * and the sources of the records in `scope`; resolves to the file's name.
 */
export async function savePng(
  slug: string,
  element: () => HTMLElement | null,
  scope: Scope,
  t: Translate,
): Promise<string> {
  // Let the closed list and the «working» message render before the picture is taken.
  await nextFrame()
  const node = element()
  if (!node?.isConnected) throw new Error(t('export.noPanel'))
  const state = useAppStore.getState()
  const now = new Date()
  const brief = makeBrief({
    manifest: state.manifest,
    datasets: selectDatasets(state),
    filters: state.filters,
    cursor: state.timelineCursor,
    records: recordsIn(state, scope),
    locale: state.language,
    t,
  })
  const stamp = buildStamp(
    brief,
    {
      filters: t('export.stamp.filters'),
      sources: t('export.stamp.sources'),
      exported: t('export.stamp.exported', {
        date: formatDate(localDay(now), 'day', state.language),
      }),
    },
    state.language,
  )
  const blob = await capturePng(node, stamp)
  const name = exportFileName(slug, localDay(now), 'png')
  downloadBlob(blob, name)
  return name
}

function recordsIn(state: AppState, scope: Scope) {
  if (scope === 'map')
    return [
      ...selectVisiblePlaces(state).map((p) => p.record),
      ...selectRevealedVisits(state),
    ]
  return [
    ...selectFilteredPlaces(state).map((p) => p.record),
    ...selectFilteredVisits(state),
    ...selectFilteredEvents(state),
  ]
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()))
}
