import type { ImportedFile, StorageProblem } from '@/store/import-slice'

/** Where imported files are kept between visits: one entry per file. */
export interface ImportStorage {
  list: () => Promise<ImportedFile[]>
  put: (file: ImportedFile) => Promise<void>
  remove: (id: string) => Promise<void>
}

/** Versioned key of one imported file; a new format gets a new version, old keys are ignored. */
const KEY_PREFIX = 'import:v1:'

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
    return { idb, store }
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
    list: () =>
      withDb(async ({ idb, store }) => {
        const entries = await idb.entries<IDBValidKey, ImportedFile>(store)
        return entries
          .filter(([key]) => typeof key === 'string' && key.startsWith(KEY_PREFIX))
          .map(([, value]) => value)
          .sort((a, b) => a.importedAt.localeCompare(b.importedAt))
      }),
    put: (file) => withDb(({ idb, store }) => idb.set(KEY_PREFIX + file.id, file, store)),
    remove: (id) => withDb(({ idb, store }) => idb.del(KEY_PREFIX + id, store)),
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
