import type { CsvDataset } from '@/domain/export/csv'
import { exportFileName, localDay } from '@/domain/export/file-name'
import type { Translate } from '@/domain/export/text'
import { localized } from '@/shared/format/format'
import type { AppState } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'
import {
  selectFilteredEvents,
  selectFilteredPlaces,
  selectFilteredVisits,
} from '@/store/selectors'

import { csvDialectFor } from './csv-dialect-choice'
import { downloadBlob, downloadText } from '@/shared/download'

/**
 * Saves the filtered records of one dataset as CSV, in the dialect the menu's switch shows
 * (the interface language's unless picked), and returns the file name. The CSV code loads
 * only when someone exports.
 */
export async function saveCsv(
  dataset: CsvDataset,
  state: AppState,
  t: Translate,
  now = new Date(),
): Promise<string> {
  const [csv, { toCsvBytes }] = await Promise.all([
    import('@/domain/export/csv'),
    import('@/domain/export/csv-dialect'),
  ])
  const context = { refs: selectDatasets(state), locale: state.language, t }
  const table =
    dataset === 'places'
      ? csv.placesTable(selectFilteredPlaces(state), context)
      : dataset === 'visits'
        ? csv.visitsTable(selectFilteredVisits(state), context)
        : csv.eventsTable(selectFilteredEvents(state), context)
  const name = exportFileName(dataset, localDay(now), 'csv')
  const bytes = toCsvBytes(table, csvDialectFor(state.language))
  downloadBlob(new Blob([bytes as BlobPart], { type: 'text/csv;charset=utf-8' }), name)
  return name
}

/** Saves the filtered enterprises and parks as GeoJSON points and returns the file name. */
export async function saveGeoJson(
  state: AppState,
  t: Translate,
  now = new Date(),
): Promise<string> {
  const { placesGeoJson, toGeoJsonText } = await import('@/domain/export/geojson')
  const manifest = state.manifest.status === 'ready' ? state.manifest.manifest : null
  const collection = placesGeoJson(selectFilteredPlaces(state), {
    sources: selectDatasets(state).sources,
    title: manifest ? localized(manifest.title, state.language) : t('app.name'),
    updated: manifest?.updated ?? null,
    exported: now.toISOString(),
    omittedNote: (count) => t('export.geojsonOmitted', { count }),
  })
  const name = exportFileName('places', localDay(now), 'geojson')
  downloadText(toGeoJsonText(collection), name, 'application/geo+json')
  return name
}
