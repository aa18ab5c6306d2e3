import type { ImportField } from './fields'
import type { ColumnMapping } from './header-mapping'
import type { ImportIssue } from './messages'
import type { RawRow } from './raw-table'

/**
 * Reads the mapped cells of one row and collects its cell-level warnings; one reader is made
 * per table and moved from row to row, so nothing is allocated per cell but the values.
 */
export class RowReader {
  private readonly columns = new Map<ImportField, number>()
  private current: RawRow = { row: 0, cells: [] }
  readonly issues: ImportIssue[] = []

  private readonly file: string
  private readonly headers: readonly string[]

  constructor(file: string, headers: readonly string[], mapping: ColumnMapping) {
    this.file = file
    this.headers = headers
    mapping.forEach((field, column) => {
      if (field !== null && !this.columns.has(field)) this.columns.set(field, column)
    })
  }

  /** Moves to the next row. */
  at(row: RawRow): this {
    this.current = row
    return this
  }

  get row(): number {
    return this.current.row
  }

  /** The trimmed text of the cell mapped to `field`, `''` when unmapped or empty. */
  get(field: ImportField): string {
    const column = this.columns.get(field)
    return column === undefined ? '' : (this.current.cells[column] ?? '').trim()
  }

  has(field: ImportField): boolean {
    return this.columns.has(field)
  }

  /** The header of the column mapped to the first of `fields` that is mapped. */
  header(...fields: ImportField[]): string | undefined {
    for (const field of fields) {
      const column = this.columns.get(field)
      if (column !== undefined) return this.headers[column]
    }
    return undefined
  }

  /** A value the row could not use: the field is left out, the row is kept. */
  warn(field: ImportField, value: string, ru: string, en: string): void {
    this.issues.push({
      file: this.file,
      row: this.current.row,
      column: this.header(field),
      code: 'unknown-value',
      severity: 'warning',
      message: { ru: `«${value}»: ${ru}`, en: `"${value}": ${en}` },
    })
  }

  /** A row that cannot become a record at all. */
  reject(field: ImportField, ru: string, en: string): void {
    this.issues.push({
      file: this.file,
      row: this.current.row,
      column: this.header(field),
      code: 'invalid-record',
      severity: 'error',
      message: { ru, en },
    })
  }
}
