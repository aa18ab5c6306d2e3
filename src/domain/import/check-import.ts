import { SCHEMA_VERSION, DATASET_KINDS, type DatasetKind } from '../schema/values'
import { crossCheck, type ParsedDatasets } from '../load/cross-check'
import type { DatasetIssue } from '../load/issues'
import { type ParsedDataset, loadedAsParsed, parseDataset } from '../load/parse-dataset'
import type { Datasets, RecordOf } from '../schema/datasets'
import type { Source } from '../schema/reference'
import type { ImportField } from './fields'
import type { ImportKind } from './import-kinds'
import type { ImportIssue } from './messages'

/** The imported records that passed, with the rows they came from, and what was dropped. */
export interface CheckedImport<K extends ImportKind> {
  records: RecordOf<K>[]
  /** Excel row of each record (parallel to `records`). */
  rows: number[]
  /** Rows not shown: invalid, or repeating an id of the loaded data or of an earlier row. */
  rejected: { row: number; id?: string }[]
  issues: ImportIssue[]
}

/** Record field → the import fields whose column is blamed for a problem in it. */
const FIELD_COLUMNS: Readonly<Record<string, readonly ImportField[]>> = {
  name: ['nameRu'],
  'name.en': ['nameEn'],
  'title.en': ['titleEn'],
  type: ['eventType'],
  industries: ['industries', 'okved'],
  municipality: ['municipality', 'address'],
  location: ['coordinates', 'lat', 'lon', 'municipality'],
  'location.lat': ['lat', 'coordinates'],
  'location.lon': ['lon', 'coordinates'],
  'location.precision': ['precision'],
  founded: ['founded'],
}

/** The import fields blamed for a record path such as `location.lat` or `industries[0]`. */
function fieldsForPath(path: string): readonly ImportField[] {
  const plain = path.replace(/\[\d+\]/g, '')
  const head = plain.split('.')[0] ?? ''
  return FIELD_COLUMNS[plain] ?? FIELD_COLUMNS[head] ?? [head as ImportField]
}

/**
 * Runs candidate records through the same validation (`parseDataset`) and cross-checks
 * (`crossCheck`) as the bundled data, against the loaded data: the loaded records come first,
 * so an imported id that repeats one of them, or an earlier row, is dropped and listed.
 * Issues are located by Excel row and column header.
 */
export function checkImport<K extends ImportKind>(input: {
  kind: K
  file: string
  candidates: readonly Record<string, unknown>[]
  rows: readonly number[]
  data: Datasets
  /** Sources the import made (the file, the links it cites), added to the loaded ones. */
  extraSources: readonly Source[]
  header: (fields: readonly ImportField[]) => string | undefined
}): CheckedImport<K> {
  const { kind, file, candidates, rows, data } = input
  const parsed = parseDataset(kind, file, {
    schemaVersion: SCHEMA_VERSION,
    records: candidates,
  })
  if (!parsed.ok) throw new Error(parsed.fault.message) // cannot happen: the envelope is ours
  const own = parsed.dataset
  const issues: ImportIssue[] = own.issues.map((issue) =>
    located(issue, rows, input.header),
  )
  const loaded = data[kind] as RecordOf<K>[]
  const all: ParsedDatasets = {}
  for (const other of DATASET_KINDS) {
    const records: unknown[] =
      other === 'sources' ? [...data.sources, ...input.extraSources] : data[other]
    ;(all as Record<DatasetKind, ParsedDataset<DatasetKind>>)[other] = loadedAsParsed(
      other,
      records,
    )
  }
  ;(all as Record<DatasetKind, ParsedDataset<DatasetKind>>)[kind] = {
    ...own,
    records: [...loaded, ...own.records],
    indices: [...loaded.map((_, i) => -1 - i), ...own.indices],
    total: loaded.length + own.total,
  }
  const checked = crossCheck(all)
  const firstRow = new Map<string, number>()
  for (const [i, record] of own.records.entries())
    if (!firstRow.has(record.id)) firstRow.set(record.id, rows[own.indices[i] ?? 0] ?? 0)
  const loadedIds = new Set(loaded.map((r) => r.id))
  const clashIds = clashingPlaceIds(kind, data)
  for (const issue of checked.issues) {
    if (issue.kind !== kind || issue.index < 0) continue
    if (issue.code === 'duplicate-id' && issue.id !== undefined) {
      issues.push(
        duplicate(
          issue,
          rows,
          input.header,
          loadedIds.has(issue.id),
          firstRow.get(issue.id),
        ),
      )
    } else issues.push(located(issue, rows, input.header))
  }
  const kept = (checked.datasets[kind] as RecordOf<K>[]).slice(loaded.length)
  const records: RecordOf<K>[] = []
  const keptRows: number[] = []
  const seen = new Set<string>()
  let next = 0
  // `kept` holds the first occurrence of each new id, in file order: walk both together.
  for (const [i, record] of own.records.entries()) {
    if (loadedIds.has(record.id) || seen.has(record.id)) continue
    seen.add(record.id)
    const checkedRecord = kept[next++] as RecordOf<K>
    const row = rows[own.indices[i] ?? 0] ?? 0
    if (clashIds.has(record.id)) {
      issues.push(clash(file, row, record.id, input.header))
      continue
    }
    records.push(checkedRecord)
    keptRows.push(row)
  }
  const shownRows = new Set(keptRows)
  const rejected: CheckedImport<K>['rejected'] = []
  candidates.forEach((candidate, i) => {
    const row = rows[i] ?? 0
    if (shownRows.has(row)) return
    rejected.push({
      row,
      id: typeof candidate.id === 'string' ? candidate.id : undefined,
    })
  })
  return { records, rows: keptRows, rejected, issues }
}

/** Enterprise and park ids must not clash: visits and events name both in one list. */
function clashingPlaceIds(kind: ImportKind, data: Datasets): ReadonlySet<string> {
  if (kind === 'enterprises') return new Set(data.parks.map((p) => p.id))
  if (kind === 'parks') return new Set(data.enterprises.map((e) => e.id))
  return new Set()
}

type Header = (fields: readonly ImportField[]) => string | undefined

/** A dataset issue, located by the Excel row of its record and the column of its field. */
function located(
  issue: DatasetIssue,
  rows: readonly number[],
  header: Header,
): ImportIssue {
  return {
    file: issue.file,
    row: rows[issue.index],
    column: issue.path === '' ? undefined : header(fieldsForPath(issue.path)),
    field: issue.path,
    id: issue.id,
    code: issue.code,
    severity: issue.severity,
    // Dataset checks speak Russian (the language of data editors); the English text says where.
    message: {
      ru: issue.message,
      en: `${EN_CODE[issue.code]}${issue.path ? ` (${issue.path})` : ''}: ${issue.message}`,
    },
  }
}

const EN_CODE: Record<DatasetIssue['code'], string> = {
  'invalid-record': 'Invalid value',
  'unknown-field': 'Unknown field',
  'duplicate-id': 'Repeated id',
  'unknown-reference': 'Reference not found',
  'far-outside-region': 'Position far from its region',
  'end-before-start': 'End date before start date',
  'hidden-character': 'Hidden character',
  'implausible-date': 'Implausible date',
  'home-region': 'Home region',
}

function duplicate(
  issue: DatasetIssue,
  rows: readonly number[],
  header: Header,
  ofLoaded: boolean,
  first: number | undefined,
): ImportIssue {
  const id = issue.id ?? ''
  return {
    ...located(issue, rows, header),
    column: header(['id']),
    message: ofLoaded
      ? {
          ru: `Идентификатор «${id}» уже есть в загруженных данных: строка не показана`,
          en: `Id "${id}" is already in the loaded data: row not shown`,
        }
      : {
          ru: `Идентификатор «${id}» повторяет строку ${first ?? '?'}: повтор не показан`,
          en: `Id "${id}" repeats row ${first ?? '?'}: the repeat is not shown`,
        },
  }
}

function clash(file: string, row: number, id: string, header: Header): ImportIssue {
  return {
    file,
    row,
    column: header(['id']),
    field: 'id',
    id,
    code: 'duplicate-id',
    severity: 'error',
    message: {
      ru: `Идентификатор «${id}» уже занят предприятием или парком: строка не показана`,
      en: `Id "${id}" is already used by an enterprise or a park: row not shown`,
    },
  }
}
