import type {
  ImportOptions,
  ImportPhase,
  ImportResult,
  TableImport,
} from '@/domain/import/import-file'

/** What the page sends: the file's bytes (transferred, not copied) and plain options. */
export interface ImportRequest {
  type: 'import'
  name: string
  buffer: ArrayBuffer
  options: Omit<ImportOptions, 'onProgress'>
}

/** Where the work is; `total` is 0 while the rows are not counted yet. */
interface ProgressMessage {
  type: 'progress'
  phase: ImportPhase
  done: number
  total: number
}

/**
 * A slice of a table's records (and the Excel rows they came from), sent before `done` so no
 * single message takes the page long to take in.
 */
interface PartMessage {
  type: 'part'
  records: TableImport['records']
  rows: number[]
}

/** The result, its records sent as parts before, and the bytes handed back. */
interface DoneMessage {
  type: 'done'
  result: ImportResult
  buffer: ArrayBuffer
}

/** A failure the import itself did not turn into a fault (a bug): the page tells it. */
interface FailedMessage {
  type: 'failed'
  message: string
}

export type WorkerMessage = ProgressMessage | PartMessage | DoneMessage | FailedMessage

/** Records per part message: a few milliseconds of cloning on either side. */
export const PART_RECORDS = 2000

/** Progress is posted at most this often (and at every change of phase). */
export const PROGRESS_EVERY_MS = 50
