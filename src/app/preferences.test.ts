import { describe, expect, it } from 'vitest'

import type { KeyValueStore } from '@/shared/storage/versioned'

import { readPreferences, writePreferences } from './preferences'

const KEY = 'promkarta.preferences.v1'

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

describe('preferences', () => {
  it('round-trip language and theme', () => {
    const { storage } = fakeStorage()
    writePreferences({ version: 1, language: 'en', theme: 'dark' }, storage)
    expect(readPreferences(storage)).toEqual({
      version: 1,
      language: 'en',
      theme: 'dark',
    })
  })

  it('fall back to defaults quietly when unreadable, keeping the text aside', () => {
    const raw = '{"version":3,"language":"de"}'
    const { data, storage } = fakeStorage({ [KEY]: raw })
    expect(readPreferences(storage)).toEqual({ version: 1 })
    const backups = [...data.keys()].filter((k) => k.startsWith(`${KEY}.backup.`))
    expect(backups).toHaveLength(1)
    expect(data.get(backups[0] ?? '')).toBe(raw)
    // Choosing a language afterwards overwrites the key, but the copy stays.
    writePreferences({ version: 1, language: 'ru' }, storage)
    expect(readPreferences(storage).language).toBe('ru')
    expect(data.get(backups[0] ?? '')).toBe(raw)
  })

  it('keep what they know of an entry with unknown values', () => {
    const { storage } = fakeStorage({
      [KEY]: '{"version":1,"language":"xx","theme":"light"}',
    })
    expect(readPreferences(storage)).toEqual({
      version: 1,
      language: undefined,
      theme: 'light',
    })
  })
})
