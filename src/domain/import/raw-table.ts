/** One data row of an imported table, numbered as the user sees it. */
export interface RawRow {
  /** Excel row number (header = 1) or, for GeoJSON, the feature number from 1. */
  row: number
  /** One text per header, `''` for an empty cell. */
  cells: string[]
}

/** Any imported table before it becomes records: headers and rows of text. */
export interface RawTable {
  headers: string[]
  rows: RawRow[]
}
