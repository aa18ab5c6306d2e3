import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { recordSchemas } from '../schema/datasets'
import { FAST_CHECKS } from './fast-check'
import { parseDataset } from './parse-dataset'

type Raw = Record<string, unknown>

const KINDS = ['enterprises', 'parks', 'visits', 'events'] as const

function bundled(kind: (typeof KINDS)[number]): Raw[] {
  return (JSON.parse(readFileSync(`data/${kind}.json`, 'utf8')) as { records: Raw[] })
    .records
}

/** Ways to break (or keep) a record, each a copy of it. */
function mutations(record: Raw): Raw[] {
  const out: Raw[] = [
    { ...record, extra: 1 },
    { ...record, id: 'bad id' },
    { ...record, id: 42 },
    { ...record, sources: [] },
    { ...record, origin: 'rumour' },
    { ...record, confidence: { record: 'certain' } },
    { ...record, confidence: { record: 'high', location: 'low' } },
  ]
  const without = (key: string) => {
    const copy = { ...record }
    Reflect.deleteProperty(copy, key)
    return copy
  }
  for (const key of Object.keys(record)) out.push(without(key))
  if ('name' in record) {
    out.push({ ...record, name: { ru: '   ' } }, { ...record, name: { ru: ' Пробелы ' } })
    out.push({ ...record, name: { ru: 'Имя', de: 'Name' } })
  }
  if ('location' in record) {
    out.push(
      { ...record, location: { precision: 'unknown' } },
      { ...record, location: { precision: 'unknown', lat: 54.8, lon: 32 } },
      { ...record, location: { precision: 'site', lat: 54.8 } },
      { ...record, location: { precision: 'site', lat: 91, lon: 32 } },
      { ...record, location: { precision: 'nearby', lat: 54.8, lon: 32 } },
      { ...record, industries: [] },
      { ...record, region: 'ru-smo' },
      { ...record, website: 'https://example.org/a?b=c' },
      { ...record, website: 'javascript:alert(1)' },
      { ...record, website: 'ftp://example.org' },
      { ...record, website: 'not a link' },
      { ...record, founded: { year: 1799.5 } },
    )
  }
  if ('date' in record) {
    out.push(
      { ...record, date: '2024-02-30', datePrecision: 'day' },
      { ...record, date: '2024-02-29', datePrecision: 'day' },
      { ...record, date: '2023-02-29', datePrecision: 'on-or-before' },
      { ...record, date: '2024-13', datePrecision: 'month' },
      { ...record, date: '2024-07', datePrecision: 'month' },
      { ...record, date: '2024-07', datePrecision: 'day' },
      { ...record, date: '2024-07-01', datePrecision: 'month' },
      { ...record, date: '24-07-01', datePrecision: 'day' },
      { ...record, endDate: '2025-04-31' },
      { ...record, endDate: '2025-04-30' },
    )
  }
  return out
}

describe('the fast first check of records', () => {
  it('passes every bundled record, so large files skip zod for valid records', () => {
    for (const kind of KINDS) {
      const check = FAST_CHECKS[kind]
      for (const record of bundled(kind))
        expect(check?.(record), `${kind} ${String(record.id)}`).toBe(true)
    }
  })

  it('agrees with zod on every way of breaking a record', () => {
    let compared = 0
    for (const kind of KINDS) {
      const check = FAST_CHECKS[kind]
      for (const record of bundled(kind)) {
        for (const mutated of mutations(record)) {
          const zod = recordSchemas[kind].safeParse(mutated).success
          expect(check?.(mutated), `${kind} ${JSON.stringify(mutated)}`).toBe(zod)
          compared += 1
        }
      }
    }
    expect(compared).toBeGreaterThan(1000)
  })

  it('gives the same result as zod alone, broken records included', () => {
    const records = bundled('enterprises').flatMap((record) => [
      record,
      ...mutations(record),
    ])
    const json = { schemaVersion: 1, records }
    const fast = parseDataset('enterprises', 'e.json', json, FAST_CHECKS.enterprises)
    expect(fast).toEqual(parseDataset('enterprises', 'e.json', json))
  })
})
