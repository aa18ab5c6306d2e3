import type { IssueCode, IssueSeverity } from '../load/issues'

/** A message in both interface languages; the UI shows the one it is in. */
export interface Bilingual {
  ru: string
  en: string
}

/** What can be wrong with one cell or row of an imported file (besides the dataset checks). */
type ImportIssueCode =
  | IssueCode
  | 'row-length'
  | 'cell-too-long'
  | 'unknown-value'
  | 'stand-in-position'
  | 'no-position'
  | 'not-a-point'
  | 'unmapped-column'

/**
 * One problem with one imported row, located as the user sees it: the file name, the row
 * number in Excel (the header is row 1; for GeoJSON the feature number) and the column header.
 */
export interface ImportIssue {
  file: string
  /** Row as Excel numbers it (header = 1); GeoJSON: feature number from 1; absent: whole file. */
  row?: number
  /** The column header the problem is in; absent when no single column is to blame. */
  column?: string
  /** Dotted field path of the record, e.g. `location.lat`. */
  field?: string
  id?: string
  code: ImportIssueCode
  severity: IssueSeverity
  message: Bilingual
}

export type ImportFaultReason =
  | 'too-large'
  | 'empty'
  | 'headers-only'
  | 'binary'
  | 'password-protected'
  | 'not-a-spreadsheet'
  | 'no-sheet'
  | 'no-points'
  | 'malformed-json'
  | 'not-a-dataset'
  | 'unsupported-format'

/** The whole file cannot be imported; nothing else is affected. */
export interface ImportFault {
  file: string
  reason: ImportFaultReason
  message: Bilingual
}

export function fault(file: string, reason: ImportFaultReason, message: Bilingual) {
  return { ok: false as const, fault: { file, reason, message } }
}
