import Papa from 'papaparse'

import type { Place } from '../derive/places'
import type { LocalizedText } from '../schema/common'
import type { NewsEvent, Visit } from '../schema/records'
import { type Lookups, type ReferenceData, buildLookups } from './lookups'
import { type Locale, localized } from '@/shared/format/format'

import type { Translate } from './text'

/** The datasets a CSV can be made of. */
export type CsvDataset = 'places' | 'visits' | 'events'

/** A number stays a number (a negative longitude is not a formula); `null` is an empty cell. */
export type CsvCell = string | number | null

/** A clean table: one header row, then one row per record. */
export interface CsvTable {
  fields: string[]
  rows: CsvCell[][]
}

export interface CsvContext {
  refs: ReferenceData
  locale: Locale
  t: Translate
}

interface Column<R> {
  /** Key under `export.column`. */
  key: string
  value: (record: R, look: Lookups, context: CsvContext) => CsvCell
}

/** Several values in one cell; `; ` reads well and is not the delimiter. */
const LIST = '; '
/** Source links in one cell, as agreed for every export. */
const SOURCES = ' | '

const list = (values: readonly string[] | undefined) => (values ?? []).join(LIST)
const texts = (values: readonly LocalizedText[] | undefined, locale: Locale) =>
  list(values?.map((v) => localized(v, locale)))

/** Columns every dataset ends with: how sure, where from, which sources. */
function provenance<
  R extends { confidence: { record: string }; origin: string; sources: string[] },
>(): Column<R>[] {
  return [
    { key: 'confidence', value: (r, _, { t }) => t(`confidence.${r.confidence.record}`) },
    { key: 'origin', value: (r, _, { t }) => t(`origin.${r.origin}`) },
    { key: 'sources', value: (r, look) => r.sources.map(look.sourceUrl).join(SOURCES) },
  ]
}

const PLACE_COLUMNS: Column<Place>[] = [
  { key: 'id', value: ({ record }) => record.id },
  { key: 'type', value: ({ type }, _, { t }) => t(`export.placeType.${type}`) },
  { key: 'kind', value: ({ record }, _, { t }) => t(`kinds.${record.kind}`) },
  { key: 'nameRu', value: ({ record }) => record.name.ru },
  { key: 'nameEn', value: ({ record }) => record.name.en ?? null },
  {
    key: 'shortName',
    value: ({ record }, _, { locale }) => localized(record.shortName, locale),
  },
  {
    key: 'industries',
    value: ({ record }, look) => list(record.industries.map(look.industry)),
  },
  { key: 'region', value: ({ record }, look) => look.region(record.region) },
  {
    key: 'municipality',
    value: ({ record }, look) => look.municipality(record.municipality),
  },
  {
    key: 'park',
    value: (place, look) =>
      place.type === 'enterprise' && place.record.park
        ? look.place(place.record.park)
        : '',
  },
  { key: 'lat', value: ({ record }) => record.location.lat ?? null },
  { key: 'lon', value: ({ record }) => record.location.lon ?? null },
  {
    key: 'precision',
    value: ({ record }, _, { t }) => t(`precision.${record.location.precision}`),
  },
  { key: 'founded', value: ({ record }) => record.founded?.year ?? null },
  { key: 'website', value: ({ record }) => record.website ?? '' },
  ...provenance<Place['record']>().map((column): Column<Place> => ({
    key: column.key,
    value: (place, look, context) => column.value(place.record, look, context),
  })),
]

const VISIT_COLUMNS: Column<Visit>[] = [
  { key: 'id', value: (r) => r.id },
  { key: 'title', value: (r, _, { locale }) => localized(r.title, locale) },
  { key: 'date', value: (r) => r.date },
  {
    key: 'datePrecision',
    value: (r, _, { t }) => t(`export.datePrecision.${r.datePrecision}`),
  },
  { key: 'endDate', value: (r) => r.endDate ?? '' },
  {
    key: 'fromRegion',
    value: (r, look) => (r.fromRegion === undefined ? '' : look.region(r.fromRegion)),
  },
  { key: 'toRegion', value: (r, look) => look.region(r.toRegion) },
  { key: 'delegation', value: (r, _, { locale }) => localized(r.delegation, locale) },
  { key: 'hosts', value: (r, _, { locale }) => localized(r.hosts, locale) },
  { key: 'sitesVisited', value: (r, look) => list(r.sitesVisited?.map(look.place)) },
  { key: 'organisations', value: (r, look) => list(r.organisations?.map(look.place)) },
  { key: 'topics', value: (r, _, { locale }) => texts(r.topics, locale) },
  { key: 'outcomes', value: (r, _, { locale }) => texts(r.outcomes, locale) },
  { key: 'summary', value: (r, _, { locale }) => localized(r.summary, locale) },
  ...provenance<Visit>(),
]

const EVENT_COLUMNS: Column<NewsEvent>[] = [
  { key: 'id', value: (r) => r.id },
  { key: 'title', value: (r, _, { locale }) => localized(r.title, locale) },
  { key: 'date', value: (r) => r.date },
  {
    key: 'datePrecision',
    value: (r, _, { t }) => t(`export.datePrecision.${r.datePrecision}`),
  },
  { key: 'eventType', value: (r, _, { t }) => t(`timeline.kind.${r.type}`) },
  { key: 'relevance', value: (r, _, { t }) => t(`export.relevance.${r.relevance}`) },
  { key: 'regions', value: (r, look) => list(r.regions.map(look.region)) },
  { key: 'entities', value: (r, look) => list(r.entities?.map(look.place)) },
  { key: 'visit', value: (r, look) => look.visit(r.visit) },
  { key: 'summary', value: (r, _, { locale }) => localized(r.summary, locale) },
  ...provenance<NewsEvent>(),
]

function table<R>(
  columns: readonly Column<R>[],
  records: readonly R[],
  context: CsvContext,
): CsvTable {
  const look = buildLookups(context.refs, context.locale)
  return {
    fields: columns.map((column) => context.t(`export.column.${column.key}`)),
    rows: records.map((record) => columns.map((c) => c.value(record, look, context))),
  }
}

/** Enterprises and parks, one row each, ids resolved to names. */
export function placesTable(places: readonly Place[], context: CsvContext): CsvTable {
  return table(PLACE_COLUMNS, places, context)
}

/** Visits, one row each; dates as ISO with their precision in the next column. */
export function visitsTable(visits: readonly Visit[], context: CsvContext): CsvTable {
  return table(VISIT_COLUMNS, visits, context)
}

/** Events, one row each; dates as ISO with their precision in the next column. */
export function eventsTable(events: readonly NewsEvent[], context: CsvContext): CsvTable {
  return table(EVENT_COLUMNS, events, context)
}

/**
 * A cell that starts with one of these is run as a formula by Excel or LibreOffice (OWASP
 * "CSV injection", CWE-1236), so it gets a leading `'`. Papa Parse's own `escapeFormulae: true`
 * uses `/^[=+\-@\t\r].*$/`, whose `.` stops at a line break: a cell such as `=1+1⏎text` slips
 * through it, and NUL is not covered. This pattern checks the first character only.
 */
// NUL is matched on purpose: it is one of the OWASP triggers.
// eslint-disable-next-line no-control-regex
export const FORMULA_TRIGGER = /^[=+\-@\t\r\u0000]/

/** The byte-order mark: without it Excel reads UTF-8 as the ANSI code page and garbles Cyrillic. */
export const BOM = '\uFEFF'

/**
 * RFC 4180 text of the table: comma-separated, quoted where needed, CRLF line ends, formula
 * triggers neutralised, with a UTF-8 BOM first. The header is written even with no rows.
 */
export function toCsv({ fields, rows }: CsvTable): string {
  return (
    BOM +
    Papa.unparse(
      { fields, data: rows },
      { escapeFormulae: FORMULA_TRIGGER, newline: '\r\n', quotes: false },
    )
  )
}
