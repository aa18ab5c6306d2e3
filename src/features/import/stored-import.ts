import { IMPORT_KINDS } from '@/domain/import/import-kinds'
import type { ImportedFile } from '@/store/import-slice'

/**
 * How an imported file is kept in IndexedDB (format 2): its records and issues as JSON text in
 * blobs of {@link SLICE_RECORDS} each. IndexedDB copies a value on the main thread when it is
 * stored: 100,000 record objects (or their JSON as strings) took most of a second in one task,
 * where a blob is handed over by reference. Writing and reading the slices pause between
 * them, so neither is one long task.
 */
export interface StoredImport {
  format: 2
  meta: Omit<ImportedFile, 'records' | 'recordRows' | 'issues'>
  records: Blob[]
  recordRows?: number[]
  issues: Blob[]
}

export const SLICE_RECORDS = 2000

type Pause = () => Promise<void>

async function slicesOf(items: readonly unknown[], pause: Pause): Promise<Blob[]> {
  const out: Blob[] = []
  for (let at = 0; at < items.length; at += SLICE_RECORDS) {
    const text = JSON.stringify(items.slice(at, at + SLICE_RECORDS))
    out.push(new Blob([text], { type: 'application/json' }))
    await pause()
  }
  return out
}

/** The stored form of `file`; `pause` is awaited after every slice. */
export async function encodeImported(
  file: ImportedFile,
  pause: Pause,
): Promise<StoredImport> {
  const { records, recordRows, issues, ...meta } = file
  return {
    format: 2,
    meta,
    records: await slicesOf(records, pause),
    ...(recordRows ? { recordRows } : {}),
    issues: await slicesOf(issues, pause),
  }
}

const isBlobList = (value: unknown): value is Blob[] =>
  Array.isArray(value) && value.every((item) => item instanceof Blob)

/** Whether `value` has the fields every stored form of an imported file has besides its lists. */
export function isImportedMeta(value: unknown): value is StoredImport['meta'] {
  if (typeof value !== 'object' || value === null) return false
  const f = value as Partial<Record<keyof ImportedFile, unknown>>
  return (
    typeof f.id === 'string' &&
    typeof f.file === 'string' &&
    (IMPORT_KINDS as readonly unknown[]).includes(f.kind) &&
    typeof f.importedAt === 'string' &&
    Array.isArray(f.sources) &&
    typeof f.rows === 'number' &&
    typeof f.rejected === 'number'
  )
}

/** Whether `value` has the shape of format 2 (its slices are read by {@link decodeImported}). */
export function isStoredImport(value: unknown): value is StoredImport {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Partial<Record<keyof StoredImport, unknown>>
  return (
    v.format === 2 &&
    isImportedMeta(v.meta) &&
    isBlobList(v.records) &&
    isBlobList(v.issues) &&
    (v.recordRows === undefined || Array.isArray(v.recordRows))
  )
}

async function unslice<T>(slices: readonly Blob[], pause: Pause): Promise<T[] | null> {
  const out: T[] = []
  for (const slice of slices) {
    let items: unknown
    try {
      items = JSON.parse(await slice.text())
    } catch {
      return null
    }
    if (!Array.isArray(items)) return null
    for (const item of items as T[]) out.push(item)
    await pause()
  }
  return out
}

/** The file kept in `stored`, or `null` when a slice cannot be read. */
export async function decodeImported(
  stored: StoredImport,
  pause: Pause,
): Promise<ImportedFile | null> {
  const records = await unslice<ImportedFile['records'][number]>(stored.records, pause)
  const issues = await unslice<ImportedFile['issues'][number]>(stored.issues, pause)
  if (!records || !issues) return null
  return {
    ...stored.meta,
    records,
    ...(stored.recordRows ? { recordRows: stored.recordRows } : {}),
    issues,
  }
}
