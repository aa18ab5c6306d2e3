import Papa from 'papaparse'

import { FORMULA_TRIGGER } from '../export/csv'

import { MAX_CELL_CHARS } from './limits'
import { type ImportFault, type ImportIssue, fault } from './messages'
import type { RawRow, RawTable } from './raw-table'

export type CsvSeparator = ',' | ';' | '\t'

export type ReadCsvResult =
  | { ok: true; table: RawTable; separator: CsvSeparator; issues: ImportIssue[] }
  | { ok: false; fault: ImportFault }

/**
 * The separator of a delimited text: the one of `\t`, `;`, `,` found most often outside
 * quotes in the header line (ties go to tab, then `;`, since decimal commas are common).
 */
function detectSeparator(text: string): CsvSeparator {
  const counts = { '\t': 0, ';': 0, ',': 0 }
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') quoted = !quoted
    else if (!quoted && (c === '\n' || c === '\r')) break
    else if (!quoted && (c === '\t' || c === ';' || c === ',')) counts[c]++
  }
  if (counts['\t'] >= counts[';'] && counts['\t'] >= counts[','] && counts['\t'] > 0)
    return '\t'
  return counts[';'] >= counts[','] && counts[';'] > 0 ? ';' : ','
}

/**
 * Reads CSV, TSV or TXT text: separator detected, quoted cells may hold separators, quotes
 * and line breaks. Rows are numbered as Excel shows them (header = 1, empty lines counted but
 * skipped). A row with more cells than headers is flagged and dropped (its values would land
 * in the wrong columns); a shorter row is padded and flagged; a cell over Excel's limit is cut
 * and flagged. Empty text or a header without rows is a fault.
 */
export function readCsv(file: string, text: string): ReadCsvResult {
  if (text.trim() === '')
    return fault(file, 'empty', { ru: 'Файл пуст', en: 'The file is empty' })
  const separator = detectSeparator(text)
  const parsed = Papa.parse<string[]>(text, {
    delimiter: separator,
    skipEmptyLines: false,
    quoteChar: '"',
  })
  const [header = [], ...lines] = parsed.data
  const headers = header.map((h) => h.trim())
  const issues: ImportIssue[] = []
  const rows: RawRow[] = []
  lines.forEach((cells, i) => {
    const row = i + 2
    if (cells.every((cell) => cell.trim() === '')) return
    if (cells.length > headers.length) {
      issues.push(rowLengthIssue(file, row, cells.length, headers.length, 'error'))
      return
    }
    if (cells.length < headers.length) {
      issues.push(rowLengthIssue(file, row, cells.length, headers.length, 'warning'))
      while (cells.length < headers.length) cells.push('')
    }
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c] as string
      // Undo the export's formula neutralisation: `'=x` is read as the text `=x`, never run.
      if (cell.length > 1 && cell[0] === "'" && FORMULA_TRIGGER.test(cell.slice(1, 2)))
        cells[c] = cell.slice(1)
    }
    rows.push({ row, cells: clipCells(file, row, headers, cells, issues) })
  })
  if (rows.length === 0)
    return fault(file, 'headers-only', {
      ru: 'В файле только строка заголовков, данных нет',
      en: 'The file has only a header row and no data',
    })
  return { ok: true, table: { headers, rows }, separator, issues }
}

function rowLengthIssue(
  file: string,
  row: number,
  found: number,
  expected: number,
  severity: 'error' | 'warning',
): ImportIssue {
  const tail =
    severity === 'error'
      ? { ru: 'строка пропущена', en: 'row skipped' }
      : { ru: 'недостающие ячейки пусты', en: 'the missing cells are empty' }
  return {
    file,
    row,
    code: 'row-length',
    severity,
    message: {
      ru: `В строке ${found} ячеек, а заголовков ${expected}: ${tail.ru}`,
      en: `The row has ${found} cells but there are ${expected} headers: ${tail.en}`,
    },
  }
}

/** Cuts cells longer than Excel's limit, with an issue for each. */
export function clipCells(
  file: string,
  row: number,
  headers: readonly string[],
  cells: string[],
  issues: ImportIssue[],
): string[] {
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c] as string
    if (cell.length <= MAX_CELL_CHARS) continue
    cells[c] = cell.slice(0, MAX_CELL_CHARS)
    issues.push({
      file,
      row,
      column: headers[c],
      code: 'cell-too-long',
      severity: 'warning',
      message: {
        ru: `Ячейка длиннее ${MAX_CELL_CHARS} знаков обрезана`,
        en: `A cell longer than ${MAX_CELL_CHARS} characters was cut`,
      },
    })
  }
  return cells
}
