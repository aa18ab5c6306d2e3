import { exportFileName, localDay } from '@/domain/export/file-name'
import {
  EXPORT_SCOPES,
  type ExportScope,
  type ExportView,
} from '@/domain/export/panel-scope'
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
import { downloadBlob } from '@/shared/download'
import { buildStamp } from './stamp'

/**
 * Saves `element()` as `promkarta-<slug>-<day>.png`, stamped with the data date, the filters
 * that narrow what `view` shows and the sources of its records; resolves to the file's name.
 */
export async function savePng(
  slug: string,
  element: () => HTMLElement | null,
  view: ExportView,
  t: Translate,
): Promise<string> {
  const scope = EXPORT_SCOPES[view]
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
    cursor: scope.cursor ? state.timelineCursor : null,
    shows: scope.kinds,
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

/** The records of the kinds the view shows (all that pass, for a view of no kind). */
function recordsIn(state: AppState, { kinds, onMap }: ExportScope) {
  const shows = (kind: (typeof kinds)[number]) =>
    kinds.length === 0 || kinds.includes(kind)
  const places = onMap ? selectVisiblePlaces(state) : selectFilteredPlaces(state)
  return [
    ...places
      .filter((p) => shows(p.type === 'enterprise' ? 'enterprises' : 'parks'))
      .map((p) => p.record),
    ...(shows('visits')
      ? onMap
        ? selectRevealedVisits(state)
        : selectFilteredVisits(state)
      : []),
    ...(shows('events') ? selectFilteredEvents(state) : []),
  ]
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()))
}
