import { describe, expect, it } from 'vitest'

import {
  type KeyValueStore,
  type VersionedSpec,
  readVersioned,
  writeVersioned,
} from './versioned'

/** A fake localStorage: a Map with the `Storage` calls this module uses. */
function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  const storage: KeyValueStore = {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size
    },
  }
  return { data, storage }
}

interface Doc {
  names: string[]
}

const spec: VersionedSpec<Doc> = {
  key: 'k',
  version: 2,
  migrations: { 1: (d) => ({ version: 2, names: [(d as { name: string }).name] }) },
  decode: (d) => {
    const names = (d as { names?: unknown }).names
    return Array.isArray(names) && names.every((n) => typeof n === 'string')
      ? { names: names }
      : null
  },
}
const now = () => 1700000000000

describe('versioned storage', () => {
  it('round-trips the current version and migrates an older one', () => {
    const { data, storage } = fakeStorage()
    expect(readVersioned(storage, spec)).toEqual({ status: 'empty' })
    expect(writeVersioned(storage, spec, { names: ['a'] })).toBe(true)
    expect(JSON.parse(data.get('k') ?? '')).toEqual({ names: ['a'], version: 2 })
    expect(readVersioned(storage, spec)).toEqual({
      status: 'ok',
      value: { names: ['a'] },
    })
    const old = fakeStorage({ k: '{"version":1,"name":"b"}' })
    expect(readVersioned(old.storage, spec)).toEqual({
      status: 'ok',
      value: { names: ['b'] },
    })
  })

  it.each([
    ['{not json', 'malformed', undefined],
    ['{"names":[]}', 'no-version', undefined],
    ['{"version":7,"names":[]}', 'newer', 7],
    ['{"version":0,"names":[]}', 'no-migration', 0],
    ['{"version":2,"names":[1]}', 'invalid', 2],
  ])('keeps unreadable %s under a backup key and reports %s', (raw, reason, version) => {
    const { data, storage } = fakeStorage({ k: raw })
    const read = readVersioned(storage, spec, now)
    expect(read).toEqual({
      status: 'unreadable',
      key: 'k',
      raw,
      reason,
      ...(version === undefined ? {} : { version }),
      backupKey: 'k.backup.1700000000000',
    })
    expect(data.get('k.backup.1700000000000')).toBe(raw)
    // The original stays where it was until the app writes; the copy survives the write.
    expect(data.get('k')).toBe(raw)
    expect(writeVersioned(storage, spec, { names: ['new'] }, () => 1800000000000)).toBe(
      true,
    )
    expect(data.get('k.backup.1700000000000')).toBe(raw)
    // Reading the same text again finds its copy rather than making another.
    expect(data.size).toBe(2)
  })

  it('does not copy the same unreadable text twice across reloads', () => {
    const { data, storage } = fakeStorage({ k: '{"version":9}' })
    readVersioned(storage, spec, () => 1)
    readVersioned(storage, spec, () => 2)
    expect([...data.keys()]).toEqual(['k', 'k.backup.1'])
  })

  it('never overwrites unreadable content it cannot back up', () => {
    const data = new Map([['k', '{"version":9}']])
    const storage: KeyValueStore = {
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => {
        if (key.includes('.backup.')) throw new DOMException('full', 'QuotaExceededError')
        data.set(key, value)
      },
    }
    const read = readVersioned(storage, spec, now)
    expect(read).toMatchObject({ status: 'unreadable', reason: 'newer', backupKey: null })
    expect(writeVersioned(storage, spec, { names: ['x'] })).toBe(false)
    expect(data.get('k')).toBe('{"version":9}')
  })

  it('treats blocked storage as unavailable, without throwing', () => {
    const blocked: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('SecurityError')
      },
    }
    expect(readVersioned(blocked, spec)).toEqual({ status: 'unavailable' })
    expect(readVersioned(null, spec)).toEqual({ status: 'unavailable' })
    expect(writeVersioned(blocked, spec, { names: [] })).toBe(false)
  })
})
