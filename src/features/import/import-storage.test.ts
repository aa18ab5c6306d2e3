import { describe, expect, it } from 'vitest'

import type { ImportedFile } from '@/store/import-slice'

import { type EntryStore, backupEntries, listEntries } from './import-storage'

/** An IndexedDB object store stand-in: idb-keyval's calls over a Map. */
function fakeStore(initial: [IDBValidKey, unknown][]) {
  const data = new Map<IDBValidKey, unknown>(initial)
  const store: EntryStore = {
    entries: () => Promise.resolve([...data.entries()]),
    set: (key, value) => {
      data.set(key, value)
      return Promise.resolve()
    },
    del: (key) => {
      data.delete(key)
      return Promise.resolve()
    },
  }
  return { data, store }
}

const file: ImportedFile = {
  id: 'mine.csv-1',
  file: 'mine.csv',
  kind: 'enterprises',
  importedAt: '2026-11-01T10:00:00.000Z',
  records: [],
  sources: [],
  rows: 0,
  rejected: 0,
  issues: [],
}

describe('imported files kept in IndexedDB', () => {
  it('lists readable files of this version and leaves foreign keys alone', async () => {
    const { data, store } = fakeStore([
      ['import:v1:mine.csv-1', file],
      ['someone-else', 1],
    ])
    expect(await listEntries(store)).toEqual([file])
    expect(data.size).toBe(2)
    expect(await backupEntries(store)).toEqual([])
  })

  it('moves an entry of another version or shape to a backup entry, never dropping it', async () => {
    const later = { ...file, id: 'x', format: 'v2 shape' }
    const broken = { id: 'y', records: 'not a list' }
    const { data, store } = fakeStore([
      ['import:v2:x', later],
      ['import:v1:y', broken],
      ['import:v1:mine.csv-1', file],
    ])
    expect(await listEntries(store, () => 100)).toEqual([file])
    expect(data.has('import:v2:x')).toBe(false)
    expect(data.get('import.backup.100.import:v2:x')).toEqual({
      from: 'import:v2:x',
      value: later,
    })
    const backups = await backupEntries(store)
    expect(backups).toEqual([
      {
        key: 'import.backup.100.import:v2:x',
        from: 'import:v2:x',
        raw: JSON.stringify(later),
      },
      {
        key: 'import.backup.100.import:v1:y',
        from: 'import:v1:y',
        raw: JSON.stringify(broken),
      },
    ])
    // Listing again finds nothing new to move, and the backups stay.
    expect(await listEntries(store, () => 200)).toEqual([file])
    expect(await backupEntries(store)).toHaveLength(2)
  })
})
