import { exportFileName, localDay } from '@/domain/export/file-name'
import type { ImportKind } from '@/domain/import/fields'
import type { Datasets, RecordOf } from '@/domain/schema/datasets'
import type { AppState } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'
import {
  selectFilteredEvents,
  selectFilteredPlaces,
  selectFilteredVisits,
} from '@/store/selectors'

import { downloadBlob } from './download'

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
 * The shown enterprises and parks as CSV in the import format, in the dialect of the interface
 * (Russian Excel: `;`, decimal commas, BOM, ДД.ММ.ГГГГ; English: RFC 4180). Reads back in.
 */
async function saveTableCsv(state: AppState, now = new Date()): Promise<string> {
  const [{ recordsTable }, { defaultDialect, toCsvBytes }] = await Promise.all([
    import('@/domain/export/records-table'),
    import('@/domain/export/csv-dialect'),
  ])
  const refs = selectDatasets(state)
  const shown = shownRecords(state)
  const table = recordsTable('enterprises', shown.enterprises, refs, state.language)
  const name = exportFileName('enterprises-table', localDay(now), 'csv')
  return save(toCsvBytes(table, defaultDialect(state.language)), name, 'text/csv')
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
  const { dataFolderZip } = await import('@/domain/export/data-folder-zip')
  const datasets: Datasets = selectDatasets(state)
  const bytes = dataFolderZip({ manifest: state.manifest.manifest, datasets })
  return save(
    bytes,
    exportFileName('data-folder', localDay(now), 'zip'),
    'application/zip',
  )
}

/** The template to fill in: XLSX (data sheet and a sheet explaining each column) or CSV. */
async function saveTemplate(
  format: 'xlsx' | 'csv',
  state: AppState,
  now = new Date(),
): Promise<string> {
  const { templateCsv, templateXlsx } = await import('@/domain/export/template')
  const name = exportFileName('template-enterprises', localDay(now), format)
  return format === 'xlsx'
    ? save(await templateXlsx('enterprises', state.language), name, XLSX_TYPE)
    : save(templateCsv('enterprises', state.language), name, 'text/csv')
}

/** Tables in the import format, the data folder and the template (issue 12). */
export const DATA_ITEMS: readonly {
  testId: string
  label: `import.exports.${'tableCsv' | 'tableXlsx' | 'dataFolder' | 'templateXlsx' | 'templateCsv'}`
  needsData: boolean
  save: (state: AppState) => Promise<string>
}[] = [
  {
    testId: 'export-table-csv',
    label: 'import.exports.tableCsv',
    needsData: true,
    save: saveTableCsv,
  },
  {
    testId: 'export-table-xlsx',
    label: 'import.exports.tableXlsx',
    needsData: true,
    save: saveTableXlsx,
  },
  {
    testId: 'export-data-folder',
    label: 'import.exports.dataFolder',
    needsData: true,
    save: saveDataFolder,
  },
  {
    testId: 'export-template-xlsx',
    label: 'import.exports.templateXlsx',
    needsData: false,
    save: (s) => saveTemplate('xlsx', s),
  },
  {
    testId: 'export-template-csv',
    label: 'import.exports.templateCsv',
    needsData: false,
    save: (s) => saveTemplate('csv', s),
  },
]
