import type { CsvCell, CsvTable } from './csv'
import { type CsvDialect, defaultDialect, toCsvBytes } from './csv-dialect'
import { tablesToXlsx } from './xlsx-export'
import { type ImportField, fieldsOf } from '../import/fields'
import type { ImportKind } from '../import/import-kinds'
import type { Locale } from '@/shared/format/format'

/** One example row per dataset, valid against the bundled reference data. */
const EXAMPLES: Record<ImportKind, Partial<Record<ImportField, CsvCell>>> = {
  enterprises: {
    id: 'ent-example',
    nameRu: 'ООО «Пример»',
    nameEn: 'Example LLC',
    kind: 'enterprise',
    industries: 'Машиностроение (общее)',
    okved: '28.29',
    region: 'RU-SMO',
    municipality: 'Вяземский муниципальный округ',
    address: 'г. Вязьма, ул. Примерная, 1',
    lat: 55.2117,
    lon: 34.2952,
    precision: 'settlement',
    founded: 1998,
    website: 'https://example.ru',
    description: 'Выпускает узлы для машиностроения',
    confidence: 'medium',
    origin: 'public',
    sources: 'https://example.ru/news/1',
  },
  parks: {
    id: 'park-example',
    nameRu: 'Индустриальный парк «Пример»',
    kind: 'industrial-park',
    industries: 'multi-sector',
    municipality: 'Сафоновский муниципальный округ',
    precision: 'stand-in',
    ownership: 'private',
    areaHa: 12.5,
    confidence: 'low',
    sources: 'https://example.ru/park',
  },
  visits: {
    id: 'visit-example',
    title: 'Визит делегации Челябинской области',
    date: '2025-11-15',
    datePrecision: 'day',
    fromRegion: 'Челябинская область',
    toRegion: 'RU-SMO',
    delegation: 'Министр промышленности и торговли',
    confidence: 'medium',
    sources: 'https://example.ru/visit',
  },
  events: {
    id: 'ev-example',
    title: 'Запуск новой линии',
    date: '2025-11',
    datePrecision: 'month',
    eventType: 'production-launch',
    relevance: 'smolensk-industry',
    regions: 'RU-SMO',
    summary: 'Предприятие запустило линию',
    confidence: 'medium',
    sources: 'https://example.ru/event',
  },
}

const HELP_HEADERS = {
  ru: ['Столбец', 'Что писать', 'Пример'],
  en: ['Column', 'What to write', 'Example'],
}

/** The expected headers of a dataset and one example row. */
function templateTable(kind: ImportKind, locale: Locale): CsvTable {
  const defs = fieldsOf(kind)
  return {
    fields: defs.map((def) => def[locale]),
    rows: [defs.map((def) => EXAMPLES[kind][def.field] ?? null)],
  }
}

/** One row per column: its header, what to write in it, the example. */
export function templateHelpTable(kind: ImportKind, locale: Locale): CsvTable {
  return {
    fields: HELP_HEADERS[locale],
    rows: fieldsOf(kind).map((def) => [
      def[locale],
      def.help[locale],
      EXAMPLES[kind][def.field] ?? null,
    ]),
  }
}

const SHEET_NAMES = {
  ru: { data: 'Данные', help: 'Пояснения' },
  en: { data: 'Data', help: 'Columns' },
}

/** The XLSX template: the headers with an example row, then a sheet explaining each column. */
export function templateXlsx(kind: ImportKind, locale: Locale): Promise<Uint8Array> {
  return tablesToXlsx([
    { name: SHEET_NAMES[locale].data, table: templateTable(kind, locale) },
    {
      name: SHEET_NAMES[locale].help,
      table: templateHelpTable(kind, locale),
      widths: [28, 90, 30],
    },
  ])
}

/** The CSV template (headers and the example row) in the interface's dialect by default. */
export function templateCsv(
  kind: ImportKind,
  locale: Locale,
  dialect: CsvDialect = defaultDialect(locale),
): Uint8Array {
  return toCsvBytes(templateTable(kind, locale), dialect)
}
