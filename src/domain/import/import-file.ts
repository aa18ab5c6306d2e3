import type { Datasets, RecordOf } from '../schema/datasets'
import type { Source } from '../schema/reference'
import { checkImport } from './check-import'
import { type CsvSeparator, readCsv } from './read-csv'
import { type TextEncodingName, decodeText, looksBinary } from './decode-text'
import type { ImportField } from './fields'
import type { ImportKind } from './import-kinds'
import { type KindGuess, guessKind } from './guess-kind'
import {
  type ColumnMapping,
  autoMap,
  headerSetKey,
  isMappingFor,
  unmappedColumns,
} from './header-mapping'
import { type HomeArea, homeRegionTest } from './home-region'
import {
  type ImportSources,
  type UserFileSource,
  fileSlug,
  importSources,
} from './import-sources'
import { MAX_FILE_BYTES } from './limits'
import { type ImportFault, type ImportIssue, fault } from './messages'
import type { RawTable } from './raw-table'
import { type ContractCheck, checkContractFiles } from './read-contract-json'
import { isGeoJson, readGeoJson } from './read-geojson'
import { looksLikeSpreadsheet, readXlsx } from './read-xlsx'
import { rowsToRecords } from './rows-to-records'
import { buildReferenceIndex } from './vocab'

export interface ImportOptions {
  /** The loaded data: reference lists to resolve against, records whose ids must not repeat. */
  data: Datasets
  /** The manifest's `homeRegion`, e.g. `RU-SMO`. */
  homeRegion: string
  /** The home region's outline, for "coordinates fall in the home region". */
  homeArea?: HomeArea
  /** The dataset the user confirmed; guessed when absent. */
  kind?: ImportKind
  /** The user's (or a remembered) mapping; automatic when absent or not fitting the headers. */
  mapping?: readonly unknown[]
  /** The sheet the user picked; the first when absent. */
  sheet?: string
  /** Told where the work is: called often, so keep it cheap (the worker throttles it). */
  onProgress?: ImportProgress
}

/** Where an import is: the file being read, its rows made into records, then checked. */
export type ImportPhase = 'reading' | 'parsing' | 'checking'

type ImportProgress = (phase: ImportPhase, done: number, total: number) => void

/** A table (CSV, TSV, TXT, XLSX, GeoJSON) read into records of one dataset. */
export interface TableImport<K extends ImportKind = ImportKind> {
  ok: true
  format: 'csv' | 'xlsx' | 'geojson'
  file: string
  encoding?: TextEncodingName
  separator?: CsvSeparator
  sheets?: string[]
  sheet?: string
  guess: KindGuess
  kind: K
  headers: string[]
  /** Key under which the UI remembers the mapping of this header set. */
  headerKey: string
  mapping: ColumnMapping
  unmapped: string[]
  /** Valid records to show, and the Excel row of each. */
  records: RecordOf<K>[]
  rows: number[]
  rejected: { row: number; id?: string }[]
  /** Ids of records with no position (precision `unknown`): the «без координат» list. */
  withoutPosition: string[]
  sources: { file: UserFileSource; links: Source[] }
  issues: ImportIssue[]
}

/** Files of the app's own JSON contract, checked as a folder would be. */
interface ContractImport extends ContractCheck {
  ok: true
  format: 'contract'
  file: string
}

export type ImportResult =
  TableImport | ContractImport | { ok: false; fault: ImportFault }

const XLSX_NAME = /\.(xlsx|xlsm|xls)$/i

/** The refusal of a file over {@link MAX_FILE_BYTES}, naming the limit; told before reading it. */
export function tooLarge(name: string): ImportResult {
  return fault(name, 'too-large', {
    ru: `Файл больше ${MAX_FILE_BYTES / 1024 / 1024} МБ: такие файлы не загружаются`,
    en: `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB: such files are not loaded`,
  })
}

/**
 * One entry for every format: bytes and file name in, records of one dataset with located
 * issues out, or a fault that says in both languages why the file cannot be used. Pure and
 * synchronous but for the lazy load of the XLSX reader, so it can run in a Web Worker.
 */
export async function importFile(
  name: string,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportResult> {
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(name)
  if (bytes.length === 0)
    return fault(name, 'empty', { ru: 'Файл пуст', en: 'The file is empty' })
  options.onProgress?.('reading', 0, 0)
  if (XLSX_NAME.test(name) || looksLikeSpreadsheet(bytes)) {
    const read = await readXlsx(name, bytes, options.sheet)
    if (!read.ok) return read
    return fromTable('xlsx', name, read.table, read.issues, options, {
      sheets: read.sheets,
      sheet: read.sheet,
    })
  }
  if (looksBinary(bytes))
    return fault(name, 'binary', {
      ru: 'Файл не текстовый и не книга Excel: поддерживаются CSV, TSV, TXT, XLSX, GeoJSON и JSON',
      en: 'The file is neither text nor an Excel workbook: CSV, TSV, TXT, XLSX, GeoJSON and JSON are supported',
    })
  const { text, encoding } = decodeText(bytes)
  const start = text.trimStart()[0]
  if (start === '{' || start === '[') {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
    if (json !== undefined && isGeoJson(json)) {
      const read = readGeoJson(name, json)
      if (!read.ok) return read
      return fromTable('geojson', name, read.table, read.issues, options, { encoding })
    }
    if (json !== undefined || /\.(json|geojson)$/i.test(name))
      return {
        ok: true,
        format: 'contract',
        file: name,
        ...checkContractFiles([{ name, text }], options.data),
      }
  }
  const read = readCsv(name, text)
  if (!read.ok) return read
  return fromTable('csv', name, read.table, read.issues, options, {
    encoding,
    separator: read.separator,
  })
}

function fromTable(
  format: TableImport['format'],
  file: string,
  table: RawTable,
  readIssues: ImportIssue[],
  options: ImportOptions,
  extra: Pick<TableImport, 'encoding' | 'separator' | 'sheets' | 'sheet'>,
): TableImport {
  const guess = guessKind(file, table.headers)
  const kind = options.kind ?? guess.kind
  const mapping =
    options.mapping && isMappingFor(options.mapping, table.headers, kind)
      ? options.mapping
      : autoMap(table.headers, kind)
  const sources: ImportSources = importSources(file)
  const slug = fileSlug(file)
  const total = table.rows.length
  const progress = options.onProgress
  progress?.('parsing', 0, total)
  const converted = rowsToRecords(table, {
    file,
    kind,
    mapping,
    refs: buildReferenceIndex(options.data),
    homeRegion: options.homeRegion,
    inHomeRegion: homeRegionTest(options.data.municipalities, options.homeArea),
    fileSourceId: sources.file.id,
    urlSourceId: sources.urlSourceId,
    rowId: (row) => `${slug}-r${row}`,
    progress: progress && ((done) => progress('parsing', done, total)),
  })
  progress?.('checking', 0, total)
  const header = (fields: readonly ImportField[]) => {
    for (const field of fields) {
      const column = mapping.indexOf(field)
      if (column >= 0) return table.headers[column]
    }
    return undefined
  }
  const checked = checkImport({
    kind,
    file,
    candidates: converted.records,
    rows: converted.rows,
    data: options.data,
    extraSources: sources.forChecks(),
    header,
  })
  progress?.('checking', total, total)
  const withoutPosition: string[] = []
  for (const record of checked.records)
    if ('location' in record && record.location.precision === 'unknown')
      withoutPosition.push(record.id)
  const rejected = [
    ...converted.rejectedRows.map((row) => ({ row })),
    ...checked.rejected,
  ].sort((a, b) => a.row - b.row)
  return {
    ok: true,
    format,
    file,
    ...extra,
    guess,
    kind,
    headers: table.headers,
    headerKey: headerSetKey(table.headers),
    mapping,
    unmapped: unmappedColumns(table.headers, mapping),
    records: checked.records,
    rows: checked.rows,
    rejected,
    withoutPosition,
    sources: { file: sources.file, links: sources.links() },
    issues: [...readIssues, ...converted.issues, ...checked.issues].sort(
      (a, b) => (a.row ?? 0) - (b.row ?? 0),
    ),
  }
}
