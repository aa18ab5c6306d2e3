import { describe, expect, it } from 'vitest'

import { fixture } from '@/testing/fixtures'

import { MAX_MESSAGE_LENGTH, parseDataset } from './parse-dataset'

const [first, second] = fixture['enterprises.json'].records

/** `{ a: { a: … } }`, `depth` levels, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 'дно'
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

const parse = (records: unknown[]) => {
  const result = parseDataset('enterprises', 'enterprises.json', {
    schemaVersion: 1,
    records,
  })
  if (!result.ok) throw new Error(result.fault.message)
  return result.dataset
}

describe('parseDataset on hostile records', () => {
  it('keeps a record whose unknown field is nested 20,000 levels deep, with a warning', () => {
    const deep = { ...first, extra: nested(20_000) }
    const dataset = parse([deep, second])
    expect(dataset.records.map((r) => r.id)).toEqual([first?.id, second?.id])
    expect(dataset.records[0]).not.toHaveProperty('extra')
    // The input is not changed.
    expect(deep).toHaveProperty('extra')
    expect(dataset.issues).toEqual([
      expect.objectContaining({ index: 0, code: 'unknown-field', severity: 'warning' }),
    ])
  })

  it('strips unknown keys inside nested objects without touching the input', () => {
    const record = {
      ...first,
      location: { ...first?.location, colour: 'red' },
    }
    const dataset = parse([record])
    expect(dataset.records[0]?.location).toEqual(first?.location)
    expect(record.location).toHaveProperty('colour', 'red')
    expect(dataset.issues).toEqual([
      expect.objectContaining({ path: 'location', code: 'unknown-field' }),
    ])
  })

  it('reports 200,000 unknown keys in one message of bounded length', () => {
    const record: Record<string, unknown> = { ...first }
    for (let i = 0; i < 200_000; i++) record[`k${i}`] = i
    const dataset = parse([record])
    expect(dataset.records).toHaveLength(1)
    expect(dataset.issues).toHaveLength(1)
    const message = dataset.issues[0]?.message ?? ''
    expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH + 40)
    expect(message).toMatch(/… \(ещё \d+ знаков\)$/)
  })

  it('turns a record that throws while read into an issue and keeps the others', () => {
    const trap = { ...first }
    Object.defineProperty(trap, 'name', {
      enumerable: true,
      get() {
        throw new Error('ловушка')
      },
    })
    const dataset = parse([trap, second])
    expect(dataset.records.map((r) => r.id)).toEqual([second?.id])
    expect(dataset.issues).toEqual([
      expect.objectContaining({
        index: 0,
        id: first?.id,
        code: 'invalid-record',
        severity: 'error',
        message: 'Запись не удалось проверить: ловушка',
      }),
    ])
  })

  it.each([
    ['lat', Infinity, 'широта Infinity: нужно число от −90 до 90'],
    ['lat', 500, 'широта 500: нужно число от −90 до 90'],
    ['lon', -Infinity, 'долгота -Infinity: нужно число от −180 до 180'],
    ['lon', '32', 'долгота "32": нужно число от −180 до 180'],
  ])('names the value and the rule for %s = %s', (field, value, message) => {
    const record = {
      ...first,
      location: { lat: 54.8, lon: 32, precision: 'site', [field]: value },
    }
    const dataset = parse([record])
    expect(dataset.records).toEqual([])
    expect(dataset.issues.map((i) => [i.path, i.message])).toContainEqual([
      `location.${field}`,
      message,
    ])
  })
})
