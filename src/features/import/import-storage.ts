import { slicePauser } from '@/shared/tasks/next-task'
import type { ImportedFile, StorageProblem } from '@/store/import-slice'

import {
  decodeImported,
  encodeImported,
  isImportedMeta,
  isStoredImport,
} from './stored-import'

/** An entry that could not be read as an imported file, kept aside under a backup key. */
export interface ImportBackup {
  key: string
  /** The key it was stored under. */
  from: string
  /** The stored value as JSON text, for download. */
  raw: string
}

/** Where imported files are kept between visits: one entry per file. */
export interface ImportStorage {
  /** The files kept; an entry that cannot be read is moved to a backup entry, never lost. */
  list: () => Promise<ImportedFile[]>
  put: (file: ImportedFile) => Promise<void>
  remove: (id: string) => Promise<void>
  /** Entries moved aside because they could not be read (another version, another shape). */
  backups: () => Promise<ImportBackup[]>
}

/**
 * Versioned key of one imported file; a new format gets a new version (and a migration).
 * Version 1 kept the file as one object; version 2 keeps its records as JSON slices
 * (`stored-import.ts`). Both are read; version 2 is written.
 */
const V1_PREFIX = 'import:v1:'
const KEY_PREFIX = 'import:v2:'
/** Slices are written and read in tasks of about this many milliseconds. */
const SLICE_BUDGET_MS = 40
/** Every key this app writes starts so; other keys in the store are not ours. */
const OUR_PREFIX = 'import:'
const BACKUP_PREFIX = 'import.backup.'

/** The key-value calls the storage needs (idb-keyval in the browser, a `Map` in tests). */
export interface EntryStore {
  entries: () => Promise<[IDBValidKey, unknown][]>
  set: (key: string, value: unknown) => Promise<void>
  del: (key: string) => Promise<void>
}

/** Whether a stored value has the shape of an imported file of version 1. */
function isImportedFile(value: unknown): value is ImportedFile {
  if (!isImportedMeta(value)) return false
  const f = value as Partial<Record<keyof ImportedFile, unknown>>
  return Array.isArray(f.records) && Array.isArray(f.issues)
}

function jsonOf(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

/**
 * Lists the files of `store`. An entry of ours that is of another version or shape is first
 * copied to `import.backup.<time>.<key>` and only then removed from its place: never dropped.
 */
export async function listEntries(
  store: EntryStore,
  now: () => number = Date.now,
  pause: () => Promise<void> = slicePauser(SLICE_BUDGET_MS),
): Promise<ImportedFile[]> {
  const files: ImportedFile[] = []
  for (const [key, value] of await store.entries()) {
    if (typeof key !== 'string' || !key.startsWith(OUR_PREFIX)) continue
    const file = await readEntry(key, value, pause)
    if (file) files.push(file)
    else {
      await store.set(`${BACKUP_PREFIX}${now()}.${key}`, { from: key, value })
      await store.del(key)
    }
  }
  return files.sort((a, b) => a.importedAt.localeCompare(b.importedAt))
}

/** The file an entry holds, or `null` when it is not one of a version read here. */
async function readEntry(
  key: string,
  value: unknown,
  pause: () => Promise<void>,
): Promise<ImportedFile | null> {
  if (key.startsWith(V1_PREFIX)) return isImportedFile(value) ? value : null
  if (key.startsWith(KEY_PREFIX) && isStoredImport(value))
    return decodeImported(value, pause)
  return null
}

/** The stored form of `file` and its key, built in slices so no task is long. */
export async function entryOf(
  file: ImportedFile,
  pause: () => Promise<void> = slicePauser(SLICE_BUDGET_MS),
): Promise<[key: string, value: unknown]> {
  return [KEY_PREFIX + file.id, await encodeImported(file, pause)]
}

/** The entries {@link listEntries} moved aside. */
export async function backupEntries(store: EntryStore): Promise<ImportBackup[]> {
  const out: ImportBackup[] = []
  for (const [key, value] of await store.entries()) {
    if (typeof key !== 'string' || !key.startsWith(BACKUP_PREFIX)) continue
    const kept = value as { from?: unknown; value?: unknown } | null
    out.push({
      key,
      from: typeof kept?.from === 'string' ? kept.from : key,
      raw: jsonOf(kept?.value),
    })
  }
  return out
}

/** Why a storage call failed, as the user is told. */
class StorageError extends Error {
  readonly problem: StorageProblem
  constructor(problem: StorageProblem) {
    super(problem)
    this.problem = problem
  }
}

function classify(error: unknown): StorageError {
  if (error instanceof StorageError) return error
  const name = error instanceof DOMException || error instanceof Error ? error.name : ''
  if (name === 'QuotaExceededError') return new StorageError('quota')
  if (name === 'InvalidStateError' || name === 'SecurityError')
    return new StorageError('unavailable')
  return new StorageError('failed')
}

/** IndexedDB through idb-keyval, loaded on first use; private mode and quota errors classified. */
function indexedDbStorage(): ImportStorage {
  const open = async () => {
    if (typeof indexedDB === 'undefined') throw new StorageError('unavailable')
    const idb = await import('idb-keyval')
    const store = idb.createStore('promkarta-import', 'files')
    const entries: EntryStore = {
      entries: () => idb.entries<IDBValidKey, unknown>(store),
      set: (key, value) => idb.set(key, value, store),
      del: (key) => idb.del(key, store),
    }
    return { idb, store, entries }
  }
  let opened: ReturnType<typeof open> | undefined
  const withDb = async <T>(
    run: (db: Awaited<ReturnType<typeof open>>) => Promise<T>,
  ): Promise<T> => {
    try {
      opened ??= open()
      return await run(await opened)
    } catch (error) {
      throw classify(error)
    }
  }
  return {
    list: () => withDb(({ entries }) => listEntries(entries)),
    backups: () => withDb(({ entries }) => backupEntries(entries)),
    put: (file) =>
      withDb(async ({ idb, store }) => {
        const [key, value] = await entryOf(file)
        await idb.set(key, value, store)
      }),
    remove: (id) =>
      withDb(({ idb, store }) => idb.delMany([KEY_PREFIX + id, V1_PREFIX + id], store)),
  }
}

/** Keeps files in memory: for tests, and the shape of a storage that always works. */
export function memoryStorage(initial: readonly ImportedFile[] = []): ImportStorage {
  const files = new Map(initial.map((f) => [f.id, f]))
  return {
    list: () => Promise.resolve([...files.values()]),
    put: (file) => {
      files.set(file.id, file)
      return Promise.resolve()
    },
    remove: (id) => {
      files.delete(id)
      return Promise.resolve()
    },
    backups: () => Promise.resolve([]),
  }
}

let current: ImportStorage | undefined

export function importStorage(): ImportStorage {
  current ??= indexedDbStorage()
  return current
}

/** Replaces the storage (tests use {@link memoryStorage} or a failing one). */
export function setImportStorage(storage: ImportStorage): void {
  current = storage
}

export { classify as storageProblemOf }
