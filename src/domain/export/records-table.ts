import type { CsvCell, CsvTable } from './csv'
import { type ImportField, fieldsOf } from '../import/fields'
import type { ImportKind } from '../import/import-kinds'
import type { Datasets, RecordOf } from '../schema/datasets'
import { type Locale, localized } from '@/shared/format/format'

type AnyRecord = RecordOf<ImportKind>
type Cell = (record: AnyRecord, names: Names) => CsvCell

interface Names {
  industry: (id: string) => string
  municipality: (id: string | undefined) => string
}

const LIST = '; '
const SOURCES = ' | '

const read = (record: AnyRecord, key: string): unknown =>
  (record as Record<string, unknown>)[key]
const textRu =
  (key: string, en = false): Cell =>
  (r) => {
    const value = read(r, key) as { ru: string; en?: string } | undefined
    return (en ? value?.en : value?.ru) ?? null
  }
const plain =
  (key: string): Cell =>
  (r) => {
    const value = read(r, key)
    return typeof value === 'string' || typeof value === 'number' ? value : null
  }
const ids =
  (key: string): Cell =>
  (r) =>
    ((read(r, key) as string[] | undefined) ?? []).join(LIST)

/**
 * How each column of the import format is written from a record, so that a table written
 * here reads back (CSV or XLSX) into the same record: ids and schema values as they are,
 * industries and municipalities by name, coordinates as numbers.
 */
const CELLS: Partial<Record<ImportField, Cell>> = {
  id: plain('id'),
  nameRu: textRu('name'),
  nameEn: textRu('name', true),
  shortName: textRu('shortName'),
  kind: plain('kind'),
  industries: (r, n) =>
    ((read(r, 'industries') as string[] | undefined) ?? []).map(n.industry).join(LIST),
  region: plain('region'),
  municipality: (r, n) =>
    n.municipality(read(r, 'municipality') as string | undefined) || null,
  lat: (r) => (read(r, 'location') as { lat?: number } | undefined)?.lat ?? null,
  lon: (r) => (read(r, 'location') as { lon?: number } | undefined)?.lon ?? null,
  precision: (r) =>
    (read(r, 'location') as { precision?: string } | undefined)?.precision ?? null,
  founded: (r) => (read(r, 'founded') as { year?: number } | undefined)?.year ?? null,
  website: plain('website'),
  description: textRu('description'),
  park: plain('park'),
  ownership: plain('ownership'),
  areaHa: plain('areaHa'),
  title: textRu('title'),
  titleEn: textRu('title', true),
  date: plain('date'),
  endDate: plain('endDate'),
  datePrecision: plain('datePrecision'),
  fromRegion: plain('fromRegion'),
  toRegion: plain('toRegion'),
  delegation: textRu('delegation'),
  hosts: textRu('hosts'),
  organisations: ids('organisations'),
  sitesVisited: ids('sitesVisited'),
  eventType: plain('type'),
  relevance: plain('relevance'),
  regions: ids('regions'),
  entities: ids('entities'),
  visit: plain('visit'),
  summary: textRu('summary'),
  notes: textRu('notes'),
  confidence: (r) => (read(r, 'confidence') as { record: string }).record,
  origin: plain('origin'),
  sources: (r) => (read(r, 'sources') as string[]).join(SOURCES),
}

/**
 * Records of one dataset as a table in the import format (the template's columns, headers in
 * `locale`): what "download the table" writes to XLSX or CSV, and what reads back unchanged.
 */
export function recordsTable<K extends ImportKind>(
  kind: K,
  records: readonly RecordOf<K>[],
  refs: Pick<Datasets, 'industries' | 'municipalities'>,
  locale: Locale,
): CsvTable {
  const industries = new Map(
    refs.industries.map((i) => [i.id, localized(i.label, locale)]),
  )
  const municipalities = new Map(
    refs.municipalities.map((m) => [m.id, localized(m.name, locale)]),
  )
  const names: Names = {
    industry: (id) => industries.get(id) ?? id,
    municipality: (id) => (id === undefined ? '' : (municipalities.get(id) ?? id)),
  }
  const columns = fieldsOf(kind).filter((def) => CELLS[def.field])
  return {
    fields: columns.map((def) => def[locale]),
    rows: records.map((record) =>
      columns.map((def) => (CELLS[def.field] as Cell)(record, names)),
    ),
  }
}
