import { exportFileName, localDay } from '@/domain/export/file-name'
import type { Translate } from '@/domain/export/text'
import { IMPORT_KINDS, type ImportKind } from '@/domain/import/import-kinds'
import type { Datasets, RecordOf } from '@/domain/schema/datasets'
import type { AppState } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'
import {
  selectFilteredEvents,
  selectFilteredPlaces,
  selectFilteredVisits,
} from '@/store/selectors'

import { csvDialectFor } from './csv-dialect-choice'
import { downloadBlob } from '@/shared/download'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const SHEETS: Record<ImportKind, { ru: string; en: string }> = {
  enterprises: { ru: 'Предприятия', en: 'Enterprises' },
  parks: { ru: 'Парки', en: 'Parks' },
  visits: { ru: 'Визиты', en: 'Visits' },
  events: { ru: 'События', en: 'Events' },
}

/** The records the table shows now (the filters applied), by dataset. */
function shownRecords(state: AppState): { [K in ImportKind]: RecordOf<K>[] } {
  const places = selectFilteredPlaces(state)
  return {
    enterprises: places.flatMap((p) => (p.type === 'enterprise' ? [p.record] : [])),
    parks: places.flatMap((p) => (p.type === 'park' ? [p.record] : [])),
    visits: selectFilteredVisits(state),
    events: selectFilteredEvents(state),
  }
}

function save(bytes: Uint8Array, name: string, type: string): string {
  downloadBlob(new Blob([bytes as BlobPart], { type }), name)
  return name
}

/**
 * The shown enterprises and parks as CSV in the import format, in the dialect of the menu's
 * switch (by default the interface's: Russian Excel `;`, decimal commas, BOM, ДД.ММ.ГГГГ;
 * English: RFC 4180). Reads back in.
 */
async function saveTableCsv(state: AppState, now = new Date()): Promise<string> {
  const [{ recordsTable }, { toCsvBytes }] = await Promise.all([
    import('@/domain/export/records-table'),
    import('@/domain/export/csv-dialect'),
  ])
  const refs = selectDatasets(state)
  const shown = shownRecords(state)
  const table = recordsTable('enterprises', shown.enterprises, refs, state.language)
  const name = exportFileName('enterprises-table', localDay(now), 'csv')
  return save(toCsvBytes(table, csvDialectFor(state.language)), name, 'text/csv')
}

/** The shown records as an XLSX workbook, one sheet per dataset, in the import format. */
async function saveTableXlsx(state: AppState, now = new Date()): Promise<string> {
  const [{ recordsTable }, { tablesToXlsx }] = await Promise.all([
    import('@/domain/export/records-table'),
    import('@/domain/export/xlsx-export'),
  ])
  const refs = selectDatasets(state)
  const shown = shownRecords(state)
  const kinds = Object.keys(SHEETS) as ImportKind[]
  const bytes = await tablesToXlsx(
    kinds.map((kind) => ({
      name: SHEETS[kind][state.language],
      table: recordsTable(
        kind,
        shown[kind] as RecordOf<typeof kind>[],
        refs,
        state.language,
      ),
    })),
  )
  return save(bytes, exportFileName('records', localDay(now), 'xlsx'), XLSX_TYPE)
}

/** Everything shown (bundled and imported) as a data folder: `manifest.json` and the files. */
async function saveDataFolder(state: AppState, now = new Date()): Promise<string> {
  if (state.manifest.status !== 'ready') throw new Error('no manifest')
  const [{ dataFolderZip }, { withFileNotes }] = await Promise.all([
    import('@/domain/export/data-folder-zip'),
    import('@/domain/export/file-origins'),
  ])
  // A user's file has no URL for the sources schema: it is written as a note of its records.
  const datasets: Datasets = withFileNotes(selectDatasets(state), state.imported)
  const bytes = dataFolderZip({ manifest: state.manifest.manifest, datasets })
  return save(
    bytes,
    exportFileName('data-folder', localDay(now), 'zip'),
    'application/zip',
  )
}

/** The template of one dataset: XLSX (data sheet and a sheet explaining each column) or CSV. */
async function saveTemplate(
  kind: ImportKind,
  format: 'xlsx' | 'csv',
  state: AppState,
  now = new Date(),
): Promise<string> {
  const { templateCsv, templateXlsx } = await import('@/domain/export/template')
  const name = exportFileName(`template-${kind}`, localDay(now), format)
  return format === 'xlsx'
    ? save(await templateXlsx(kind, state.language), name, XLSX_TYPE)
    : save(
        templateCsv(kind, state.language, csvDialectFor(state.language)),
        name,
        'text/csv',
      )
}

interface DataItem {
  testId: string
  text: (t: Translate) => string
  needsData: boolean
  save: (state: AppState) => Promise<string>
}

/** The template items: every dataset, XLSX then CSV. */
const TEMPLATE_ITEMS: DataItem[] = IMPORT_KINDS.flatMap((kind) =>
  (['xlsx', 'csv'] as const).map((format) => ({
    testId: `export-template-${format}${kind === 'enterprises' ? '' : `-${kind}`}`,
    text: (t: Translate) =>
      t('importRest.templates.menuItem', {
        kind: t(`import.kinds.${kind}`),
        format: format.toUpperCase(),
      }),
    needsData: false,
    save: (s: AppState) => saveTemplate(kind, format, s),
  })),
)

/** Tables in the import format, the data folder and the templates (issue 12). */
export const DATA_ITEMS: readonly DataItem[] = [
  {
    testId: 'export-table-csv',
    text: (t) => t('import.exports.tableCsv'),
    needsData: true,
    save: saveTableCsv,
  },
  {
    testId: 'export-table-xlsx',
    text: (t) => t('import.exports.tableXlsx'),
    needsData: true,
    save: saveTableXlsx,
  },
  {
    testId: 'export-data-folder',
    text: (t) => t('import.exports.dataFolder'),
    needsData: true,
    save: saveDataFolder,
  },
  ...TEMPLATE_ITEMS,
]
