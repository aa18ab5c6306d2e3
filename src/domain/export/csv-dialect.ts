import { BOM, type CsvCell, type CsvTable, FORMULA_TRIGGER } from './csv'
import type { Locale } from '@/shared/format/format'

/**
 * `excel-ru`: what Russian Excel opens by double-click — `;` between cells, decimal commas,
 * dates as ДД.ММ.ГГГГ (in date columns). `rfc4180`: commas, decimal points, ISO dates. Both: UTF-8 with BOM,
 * CRLF line ends, quotes where needed, formula triggers neutralised with a leading `'`.
 */
export type CsvDialect = 'excel-ru' | 'rfc4180'

/** Russian Excel's dialect in the Russian interface, RFC 4180 in English. */
export function defaultDialect(locale: Locale): CsvDialect {
  return locale === 'ru' ? 'excel-ru' : 'rfc4180'
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const NEEDS_QUOTES = {
  'excel-ru': /[";\r\n]|^\s|\s$/,
  rfc4180: /[",\r\n]|^\s|\s$/,
} as const
const QUOTE = /"/g

/** The text of one cell in a dialect, quoted when it must be; `asDate` writes ISO days as ДД.ММ.ГГГГ. */
function csvCell(cell: CsvCell, dialect: CsvDialect, asDate = false): string {
  if (cell === null) return ''
  if (typeof cell === 'number') {
    const text = String(cell)
    return dialect === 'excel-ru' ? text.replace('.', ',') : text
  }
  let text = cell
  if (asDate && dialect === 'excel-ru') {
    const day = ISO_DAY.exec(text)
    if (day) text = `${day[3]}.${day[2]}.${day[1]}`
  }
  if (FORMULA_TRIGGER.test(text)) text = `'${text}`
  return NEEDS_QUOTES[dialect].test(text) ? `"${text.replace(QUOTE, '""')}"` : text
}

/**
 * The date columns of a table: those whose every non-empty cell is an ISO day (`YYYY-MM-DD`),
 * at least one. Only these are rewritten as ДД.ММ.ГГГГ, so a name that looks like a date is not.
 */
function dateColumns({ fields, rows }: CsvTable): boolean[] {
  return fields.map((_, c) => {
    let seen = false
    for (const row of rows) {
      const cell = row[c]
      if (cell === null || cell === undefined || cell === '') continue
      if (typeof cell !== 'string' || !ISO_DAY.test(cell)) return false
      seen = true
    }
    return seen
  })
}

/** The CSV text of a table (BOM first); the header is written even with no rows. */
export function toCsvText(table: CsvTable, dialect: CsvDialect): string {
  const separator = dialect === 'excel-ru' ? ';' : ','
  const dates = dateColumns(table)
  const lines = [table.fields.map((f) => csvCell(f, dialect)).join(separator)]
  for (const row of table.rows)
    lines.push(row.map((cell, c) => csvCell(cell, dialect, dates[c])).join(separator))
  return BOM + lines.join('\r\n') + '\r\n'
}

/** The bytes to download: UTF-8 (the BOM tells Excel so). */
export function toCsvBytes(table: CsvTable, dialect: CsvDialect): Uint8Array {
  return new TextEncoder().encode(toCsvText(table, dialect))
}
