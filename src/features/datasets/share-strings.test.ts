import { describe, expect, it } from 'vitest'

import { shareStrings } from './share-strings'

const record = (id: string) => ({
  id,
  name: { ru: 'Завод', en: 'Plant' },
  notes: 'Длинная заметка, одна и та же у всех записей, но длиннее кодов',
  region: 'RU-SMO',
  industries: ['energy', 'chemistry'],
  location: { lat: 54.78, lon: 32.05, precision: 'site' },
  sources: [{ nested: ['src-1'] }],
  founded: null,
})

describe('sharing the strings of records from the worker', () => {
  it('leaves every value as it was, nested arrays and objects included', () => {
    const records = [record('ent-1'), record('ent-2')]
    const before = structuredClone(records)
    const table = new Map<string, string>()
    for (const r of records) shareStrings(r, table)
    expect(records).toEqual(before)
  })

  it('meets each short code once, however many records hold it, and skips ids and texts', () => {
    const table = new Map<string, string>()
    for (const r of [record('ent-1'), record('ent-2'), record('ent-3')])
      shareStrings(r, table)
    expect([...table.keys()].sort()).toEqual([
      'RU-SMO',
      'chemistry',
      'energy',
      'site',
      'src-1',
    ])
  })
})
