import type { DatasetKind } from '../schema/values'

/** `error`: the record is not shown. `warning`: the record is shown with a caveat. */
export type IssueSeverity = 'error' | 'warning'

export type IssueCode =
  | 'invalid-record'
  | 'unknown-field'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'far-outside-region'
  | 'end-before-start'
  | 'hidden-character'
  | 'implausible-date'
  | 'home-region'

/** One problem with one record, located by file, index, id and field path. */
export interface DatasetIssue {
  kind: DatasetKind
  file: string
  /** Zero-based position of the record in the file's `records` array; -1 for the whole file. */
  index: number
  id?: string
  /** Dotted field path inside the record, e.g. `location.lat`; empty for the whole record. */
  path: string
  code: IssueCode
  severity: IssueSeverity
  message: string
}

type FileFaultReason =
  | 'http'
  | 'timeout'
  | 'network'
  | 'html'
  | 'malformed-json'
  | 'not-a-dataset'
  | 'schema-version'
  | 'invalid-manifest'

/** A whole file could not be used; the other files still load. */
export interface FileFault {
  file: string
  reason: FileFaultReason
  message: string
  status?: number
}

/** Renders an issue path array as `records[3].location.lat`-style text (without the prefix). */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return ''
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('')
}
