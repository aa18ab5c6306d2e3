import type { CsvTable } from './csv'
import { loadXlsx } from '../import/load-xlsx'

/** One sheet of a workbook to write. */
export interface SheetSpec {
  /** Shown on the tab; cut to Excel's 31 characters, `[]:*?/\` removed. */
  name: string
  table: CsvTable
  /** Column widths in characters; by default from the header lengths. */
  widths?: number[]
}

/** Excel's limit for the text of one cell. */
const MAX_CELL = 32_767
const BAD_SHEET_CHARS = /[[\]:*?/\\]/g

/**
 * An XLSX workbook of tables: numbers stay numbers, text stays text (a cell is never written
 * as a formula, whatever it starts with), empty cells for `null`. Longer texts than Excel
 * holds are cut. Uses the same lazily loaded SheetJS build as the reader.
 */
export async function tablesToXlsx(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const XLSX = await loadXlsx()
  const book = XLSX.utils.book_new()
  const used = new Set<string>()
  for (const { name, table, widths } of sheets) {
    const rows = [table.fields, ...table.rows].map((row) =>
      row.map((cell) =>
        typeof cell === 'string' && cell.length > MAX_CELL
          ? cell.slice(0, MAX_CELL)
          : cell,
      ),
    )
    const sheet = XLSX.utils.aoa_to_sheet(rows)
    sheet['!cols'] = (
      widths ?? table.fields.map((f) => Math.min(60, Math.max(10, f.length + 2)))
    ).map((wch) => ({ wch }))
    let sheetName = name.replace(BAD_SHEET_CHARS, ' ').slice(0, 31) || 'Sheet'
    for (let n = 2; used.has(sheetName); n++) sheetName = `${sheetName.slice(0, 28)} ${n}`
    used.add(sheetName)
    XLSX.utils.book_append_sheet(book, sheet, sheetName)
  }
  const out = XLSX.write(book, {
    type: 'array',
    bookType: 'xlsx',
    compression: true,
  }) as ArrayBuffer
  return new Uint8Array(out)
}
