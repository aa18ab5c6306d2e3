import { describe, expect, it } from 'vitest'

import type { ImportedFile } from '@/store/import-slice'

import { type EntryStore, backupEntries, entryOf, listEntries } from './import-storage'
import { SLICE_RECORDS } from './stored-import'

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

  it('writes records as JSON slices and reads them back whole, pausing between slices', async () => {
    const records = Array.from({ length: SLICE_RECORDS * 2 + 5 }, (_, i) => ({
      id: `imp-${i}`,
      name: { ru: `Завод «${i}»` },
    }))
    const big = {
      ...file,
      id: 'big.csv-1',
      records,
      recordRows: records.map((_, i) => i + 2),
      rows: records.length,
      issues: [{ row: 3, column: 'ИНН', message: 'нет' }],
    } as unknown as ImportedFile
    let pauses = 0
    const pause = () => {
      pauses += 1
      return Promise.resolve()
    }
    const [key, value] = await entryOf(big, pause)
    expect(key).toBe('import:v2:big.csv-1')
    // Three slices of records and one of issues: each written in its own step.
    expect((value as { records: unknown[] }).records).toHaveLength(3)
    expect(pauses).toBe(4)
    const { store } = fakeStore([[key, value]])
    pauses = 0
    expect(await listEntries(store, Date.now, pause)).toEqual([big])
    expect(pauses).toBe(4)
  })

  it('reads files kept by the first version next to those of the second', async () => {
    const [key, value] = await entryOf({ ...file, id: 'new.csv-2', file: 'new.csv' })
    const { store } = fakeStore([
      ['import:v1:mine.csv-1', file],
      [key, value],
    ])
    expect((await listEntries(store)).map((f) => f.id)).toEqual([
      'mine.csv-1',
      'new.csv-2',
    ])
  })

  it('moves a second-version entry with a damaged slice aside instead of dropping it', async () => {
    const [key, value] = await entryOf(file)
    const damaged = { ...(value as object), records: [new Blob(['[{"id":'])] }
    const { data, store } = fakeStore([[key, damaged]])
    expect(await listEntries(store, () => 5)).toEqual([])
    expect(data.get(`import.backup.5.${key}`)).toEqual({ from: key, value: damaged })
  })

  it('moves an entry of another version or shape to a backup entry, never dropping it', async () => {
    const later = { ...file, id: 'x', format: 'v2 shape' }
    const broken = { id: 'y', records: 'not a list' }
    const { data, store } = fakeStore([
      ['import:v3:x', later],
      ['import:v1:y', broken],
      ['import:v1:mine.csv-1', file],
    ])
    expect(await listEntries(store, () => 100)).toEqual([file])
    expect(data.has('import:v3:x')).toBe(false)
    expect(data.get('import.backup.100.import:v3:x')).toEqual({
      from: 'import:v3:x',
      value: later,
    })
    const backups = await backupEntries(store)
    expect(backups).toEqual([
      {
        key: 'import.backup.100.import:v3:x',
        from: 'import:v3:x',
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
