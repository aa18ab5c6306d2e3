import type { LocalizedText } from '../schema/common'
import type { ImportKind } from './import-kinds'
import type { ColumnMapping } from './header-mapping'
import type { RawTable } from './raw-table'
import { RowReader } from './row-reader'
import { type ReferenceIndex, fromVocabulary } from './vocab'
import { parseDate, parseList, parseNumber, parseWebsite } from './parse-values'
import {
  readCoordinates,
  readFounded,
  readIndustries,
  readLocation,
  readMunicipality,
} from './read-place'

/** What turning rows into records needs besides the rows. */
export interface RowsContext {
  file: string
  kind: ImportKind
  mapping: ColumnMapping
  refs: ReferenceIndex
  homeRegion: string
  /** True when a point lies in the home region. */
  inHomeRegion: (lat: number, lon: number) => boolean
  /** Id of the source entry that names the file; every record cites it. */
  fileSourceId: string
  /** Id of the source entry for a link cited in a sources cell (made on first use). */
  urlSourceId: (url: string) => string
  /** Id for a row without an id column: stable for the same file name and row. */
  rowId: (row: number) => string
  /** Told the rows done so far, every {@link PROGRESS_ROWS} rows. */
  progress?: (done: number) => void
}

/** How many rows are converted between two progress calls. */
const PROGRESS_ROWS = 500

export interface RawRecords {
  /** Candidate records, still to be validated, and the row each came from. */
  records: Record<string, unknown>[]
  rows: number[]
  /** Rows that could not become records at all (e.g. no region can be told). */
  rejectedRows: number[]
  issues: RowReader['issues']
}

const SOURCE_SPLIT = /[\s;|]+/
const HTTP = /^https?:\/\//i

const text = (ru: string, en = ''): LocalizedText | undefined =>
  ru === '' ? undefined : en === '' ? { ru } : { ru, en }

/**
 * A copy without the `undefined` values (the schemas are strict about them), built afresh
 * rather than with `delete`, which would leave 100,000 objects in slow dictionary mode.
 */
function defined(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key in record) if (record[key] !== undefined) out[key] = record[key]
  return out
}

/**
 * Turns rows into candidate records of `kind`, reading values as people type them. Values
 * that cannot be read become warnings and are left out; required values that cannot be read
 * are passed on as they are, so the dataset validation rejects the row with its own message.
 * Linear in the rows: every look-up is a map read.
 */
export function rowsToRecords(table: RawTable, context: RowsContext): RawRecords {
  const reader = new RowReader(context.file, table.headers, context.mapping)
  const out: RawRecords = {
    records: [],
    rows: [],
    rejectedRows: [],
    issues: reader.issues,
  }
  const convert = CONVERTERS[context.kind]
  let done = 0
  for (const row of table.rows) {
    if (++done % PROGRESS_ROWS === 0) context.progress?.(done)
    const record = convert(reader.at(row), context)
    if (record === undefined) {
      out.rejectedRows.push(row.row)
      continue
    }
    out.records.push(defined({ ...record, ...common(reader, context) }))
    out.rows.push(row.row)
  }
  return out
}

type Converter = (r: RowReader, c: RowsContext) => Record<string, unknown> | undefined

const CONVERTERS: Record<ImportKind, Converter> = {
  enterprises: (r, c) => place(r, c, 'enterpriseKind', 'enterprise'),
  parks: (r, c) => place(r, c, 'parkKind', 'industrial-park'),
  visits: (r, c) => ({
    title: text(r.get('title'), r.get('titleEn')),
    ...dated(r),
    endDate:
      r.get('endDate') === ''
        ? undefined
        : (parseDate(r.get('endDate'))?.date ?? r.get('endDate')),
    fromRegion: region(c, r.get('fromRegion')),
    toRegion: region(c, r.get('toRegion')),
    delegation: text(r.get('delegation')),
    hosts: text(r.get('hosts')),
    organisations: places(r, c, 'organisations'),
    sitesVisited: places(r, c, 'sitesVisited'),
    summary: text(r.get('summary')),
  }),
  events: (r, c) => {
    const regions = parseList(r.get('regions')).map((t) => region(c, t) ?? t)
    const relevance = vocabulary(r, 'relevance', 'relevance')
    return {
      title: text(r.get('title'), r.get('titleEn')),
      ...dated(r),
      type: vocabulary(r, 'eventType', 'eventType') ?? 'other',
      relevance:
        relevance ?? (regions.includes(c.homeRegion) ? 'smolensk-industry' : 'none'),
      regions,
      entities: places(r, c, 'entities'),
      visit: r.get('visit') || undefined,
      summary: text(r.get('summary')),
    }
  },
}

/** Fields every record has: id, notes (with address and INN), confidence, origin, sources. */
function common(r: RowReader, c: RowsContext): Record<string, unknown> {
  const notes = [
    r.get('notes'),
    r.get('address') && `Адрес: ${r.get('address')}`,
    r.get('inn') && `ИНН: ${r.get('inn')}`,
  ].filter((part) => part !== '')
  const sources = [c.fileSourceId]
  for (const token of r.get('sources').split(SOURCE_SPLIT)) {
    if (token === '') continue
    const id = HTTP.test(token) ? c.urlSourceId(token) : token
    if (!sources.includes(id)) sources.push(id)
  }
  return {
    id: r.get('id') || c.rowId(r.row),
    notes: text(notes.join('\n')),
    origin: vocabulary(r, 'origin', 'origin') ?? 'public',
    confidence: { record: vocabulary(r, 'confidence', 'confidence') ?? 'medium' },
    sources,
  }
}

function vocabulary(
  r: RowReader,
  field: Parameters<RowReader['get']>[0],
  words: Parameters<typeof fromVocabulary>[0],
): string | undefined {
  const value = r.get(field)
  if (value === '') return undefined
  const found = fromVocabulary(words, value)
  if (found === undefined)
    r.warn(
      field,
      value,
      'значение не распознано, взято по умолчанию',
      'value not recognised, the default is used',
    )
  return found
}

function dated(r: RowReader): Record<string, unknown> {
  const cell = r.get('date')
  const parsed = parseDate(cell)
  const stated = vocabulary(r, 'datePrecision', 'datePrecision')
  if (!parsed) return { date: cell || undefined, datePrecision: stated ?? 'day' }
  const precision = stated ?? parsed.precision
  const date = precision === 'month' ? parsed.date.slice(0, 7) : parsed.date
  return { date, datePrecision: precision }
}

function region(c: RowsContext, value: string): string | undefined {
  if (value === '') return undefined
  return c.refs.region(value) ?? value
}

function places(
  r: RowReader,
  c: RowsContext,
  field: 'organisations' | 'sitesVisited' | 'entities',
) {
  const list = parseList(r.get(field)).map((t) => c.refs.place(t) ?? t)
  return list.length ? list : undefined
}

function place(
  r: RowReader,
  c: RowsContext,
  kinds: 'enterpriseKind' | 'parkKind',
  defaultKind: string,
): Record<string, unknown> | undefined {
  const coordinates = readCoordinates(r)
  const municipality = readMunicipality(r, c)
  let region =
    r.get('region') === ''
      ? undefined
      : (c.refs.region(r.get('region')) ?? r.get('region'))
  if (
    region === undefined &&
    (municipality || (coordinates && c.inHomeRegion(coordinates.lat, coordinates.lon)))
  )
    region = c.homeRegion
  if (region === undefined) {
    r.reject(
      'region',
      'Регион не указан и не определяется ни по муниципальному образованию, ни по координатам',
      'No region is given, and neither the municipality nor the coordinates tell it',
    )
    return undefined
  }
  const atHome = region === c.homeRegion
  if (municipality && !atHome)
    r.warn(
      'municipality',
      r.get('municipality'),
      'муниципальные образования указываются только в домашнем регионе',
      'municipalities are given only in the home region',
    )
  const founded = readFounded(r)
  const website = r.get('website') === '' ? undefined : parseWebsite(r.get('website'))
  if (r.get('website') !== '' && website === undefined)
    r.warn(
      'website',
      r.get('website'),
      'не ссылка http(s), сайт не указан',
      'not an http(s) link, website left out',
    )
  const areaHa = r.get('areaHa') === '' ? undefined : parseNumber(r.get('areaHa'))
  return {
    name: text(r.get('nameRu'), r.get('nameEn')),
    shortName: text(r.get('shortName')),
    kind: vocabulary(r, 'kind', kinds) ?? defaultKind,
    industries: readIndustries(r, c),
    region,
    municipality: atHome ? municipality?.id : undefined,
    location: readLocation(r, coordinates, atHome ? municipality : undefined),
    founded: founded === undefined ? undefined : { year: founded },
    website,
    description: text(r.get('description')),
    ...(kinds === 'enterpriseKind'
      ? {
          park:
            r.get('park') === ''
              ? undefined
              : (c.refs.place(r.get('park')) ?? r.get('park')),
        }
      : {
          ownership: vocabulary(r, 'ownership', 'ownership'),
          areaHa: areaHa ?? (r.get('areaHa') === '' ? undefined : r.get('areaHa')),
        }),
  }
}
