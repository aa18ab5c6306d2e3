import type { CellObject, WorkBook } from '@e965/xlsx'

import { clipCells } from './read-csv'
import { loadXlsx } from './load-xlsx'
import { type ImportFault, type ImportIssue, fault } from './messages'
import { excelSerialToIso } from './parse-values'
import type { RawRow, RawTable } from './raw-table'

export type ReadXlsxResult =
  | {
      ok: true
      table: RawTable
      /** Every sheet of the book, so the user can pick another. */
      sheets: string[]
      sheet: string
      issues: ImportIssue[]
    }
  | { ok: false; fault: ImportFault }

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
/** Days between Excel's 1900 and 1904 date systems. */
const DATE1904_OFFSET = 1462
const QUOTED_OR_BRACKETED = /"[^"]*"|\[[^\]]*\]|\\./g
const DATE_TOKENS = /[dyдг]/i

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((b, i) => bytes[i] === b)

/** True for the bytes of an XLSX (ZIP) or an old XLS / encrypted book (OLE container). */
export function looksLikeSpreadsheet(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP) || startsWith(bytes, CFB)
}

/** A number format that shows a date (`dd.mm.yyyy`, `m/d/yy`, `ДД.ММ.ГГГГ`). */
function isDateFormat(format: unknown): boolean {
  return (
    typeof format === 'string' &&
    DATE_TOKENS.test(format.replace(QUOTED_OR_BRACKETED, ''))
  )
}

function cellText(cell: CellObject | undefined, date1904: boolean): string {
  if (!cell || cell.v === undefined || cell.v === null) return ''
  switch (cell.t) {
    case 'n': {
      const value = cell.v as number
      if (isDateFormat(cell.z))
        return excelSerialToIso(value + (date1904 ? DATE1904_OFFSET : 0)) ?? String(value)
      return String(value)
    }
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE'
    case 'e':
      return ''
    case 'd':
      return (cell.v as Date).toISOString().slice(0, 10)
    default:
      return String(cell.v)
  }
}

/**
 * Reads one sheet of an XLSX (or XLS) book: the first, or `sheet` when the user picks one.
 * Formula cells give their cached values; formulas are never evaluated. Date cells become
 * `YYYY-MM-DD`. Rows are numbered as Excel shows them; the first non-empty row is the header.
 * A password-protected, damaged or non-spreadsheet file is a fault.
 */
export async function readXlsx(
  file: string,
  bytes: Uint8Array,
  sheet?: string,
): Promise<ReadXlsxResult> {
  if (!looksLikeSpreadsheet(bytes)) return notASpreadsheet(file)
  const XLSX = await loadXlsx()
  let book: WorkBook
  try {
    book = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellNF: true,
      cellDates: false,
    })
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error)
    if (/password|encrypt/i.test(text))
      return fault(file, 'password-protected', {
        ru: 'Книга защищена паролем: сохраните её без пароля и загрузите снова',
        en: 'The workbook is password-protected: save it without a password and try again',
      })
    return notASpreadsheet(file)
  }
  const name = sheet ?? book.SheetNames[0]
  const ws = name === undefined ? undefined : book.Sheets[name]
  if (!ws || name === undefined)
    return fault(file, 'no-sheet', {
      ru: `В книге нет листа «${sheet ?? ''}»`,
      en: `The workbook has no sheet "${sheet ?? ''}"`,
    })
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904)
  const data = (ws['!data'] ?? []) as (CellObject[] | undefined)[]
  const issues: ImportIssue[] = []
  let headerAt = -1
  let headers: string[] = []
  const rows: RawRow[] = []
  for (let r = 0; r < data.length; r++) {
    const line = data[r] ?? []
    const cells: string[] = []
    for (let c = 0; c < Math.max(line.length, headers.length); c++)
      cells.push(
        cellText(line[c], date1904).trim() === '' ? '' : cellText(line[c], date1904),
      )
    if (cells.every((cell) => cell === '')) continue
    if (headerAt < 0) {
      headerAt = r
      headers = cells.map((cell) => cell.trim())
      continue
    }
    cells.length = headers.length
    for (let c = 0; c < cells.length; c++) cells[c] ??= ''
    rows.push({ row: r + 1, cells: clipCells(file, r + 1, headers, cells, issues) })
  }
  if (headerAt < 0)
    return fault(file, 'empty', {
      ru: `Лист «${name}» пуст`,
      en: `Sheet "${name}" is empty`,
    })
  if (rows.length === 0)
    return fault(file, 'headers-only', {
      ru: `На листе «${name}» только строка заголовков, данных нет`,
      en: `Sheet "${name}" has only a header row and no data`,
    })
  return {
    ok: true,
    table: { headers, rows },
    sheets: book.SheetNames,
    sheet: name,
    issues,
  }
}

function notASpreadsheet(file: string) {
  return fault(file, 'not-a-spreadsheet', {
    ru: 'Файл не читается как книга Excel (XLSX): он повреждён или это другой формат',
    en: 'The file cannot be read as an Excel workbook (XLSX): it is damaged or of another format',
  })
}
