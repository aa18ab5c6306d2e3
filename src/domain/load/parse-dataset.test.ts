import { describe, expect, it } from 'vitest'

import { fixture } from '@/testing/fixtures'

import { parseDataset } from './parse-dataset'

const validEnterprise = fixture['enterprises.json'].records[0]!

function withRecords(records: unknown[]) {
  return { schemaVersion: 1, records }
}

describe('parseDataset', () => {
  it('keeps every valid record of the fixture', () => {
    const result = parseDataset(
      'enterprises',
      'enterprises.json',
      fixture['enterprises.json'],
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.dataset.records.map((r) => r.id)).toEqual(['ent-a', 'ent-b', 'ent-c'])
    expect(result.dataset.issues).toEqual([])
    expect(result.dataset.total).toBe(3)
  })

  it.each([
    ['a number', 42],
    ['an array', []],
    ['null', null],
    ['an object without records', { schemaVersion: 1 }],
    ['records that are not an array', { schemaVersion: 1, records: {} }],
  ])('gives a file fault for %s', (_label, json) => {
    const result = parseDataset('enterprises', 'enterprises.json', json)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.fault.file).toBe('enterprises.json')
    expect(result.fault.reason).toBe('not-a-dataset')
  })

  it('refuses a file of another schema version and says which', () => {
    const result = parseDataset('parks', 'parks.json', { schemaVersion: 2, records: [] })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.fault.reason).toBe('schema-version')
    expect(result.fault.message).toContain('2')
  })

  it('keeps valid records and lists each invalid one with index, id and field path', () => {
    const broken = [
      validEnterprise,
      {
        ...validEnterprise,
        id: 'ent-bad-lat',
        location: { lat: 123, lon: 32, precision: 'site' },
      },
      { ...validEnterprise, id: 'ent-no-name', name: undefined },
      'not even an object',
    ]
    const result = parseDataset('enterprises', 'enterprises.json', withRecords(broken))
    if (!result.ok) throw new Error('expected a dataset')
    const { records, issues, total, indices } = result.dataset
    expect(records.map((r) => r.id)).toEqual(['ent-a'])
    expect(indices).toEqual([0])
    expect(total).toBe(4)
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: 'enterprises.json',
        index: 1,
        id: 'ent-bad-lat',
        path: 'location.lat',
        severity: 'error',
      }),
    )
    expect(issues).toContainEqual(
      expect.objectContaining({ index: 2, id: 'ent-no-name', path: 'name' }),
    )
    expect(issues).toContainEqual(
      expect.objectContaining({ index: 3, id: undefined, path: '' }),
    )
    // Messages are in Russian.
    for (const issue of issues) expect(issue.message).toMatch(/[а-яё]/i)
  })

  it('rejects javascript: and data: links but accepts http(s)', () => {
    const records = [
      { ...validEnterprise, id: 'js', website: 'javascript:alert(1)' },
      {
        ...validEnterprise,
        id: 'data',
        website: 'data:text/html,<script>alert(1)</script>',
      },
      { ...validEnterprise, id: 'http', website: 'http://example.org' },
    ]
    const result = parseDataset('enterprises', 'e.json', withRecords(records))
    if (!result.ok) throw new Error('expected a dataset')
    expect(result.dataset.records.map((r) => r.id)).toEqual(['http'])
    expect(result.dataset.issues.map((i) => [i.id, i.path])).toEqual([
      ['js', 'website'],
      ['data', 'website'],
    ])
  })

  it('keeps hostile strings as plain data, never altered or executed', () => {
    const hostile = '<img src=x onerror=alert(1)>'
    const result = parseDataset(
      'enterprises',
      'e.json',
      withRecords([{ ...validEnterprise, name: { ru: hostile } }]),
    )
    if (!result.ok) throw new Error('expected a dataset')
    expect(result.dataset.records[0]?.name.ru).toBe(hostile)
  })

  it('keeps a record whose only fault is an unknown field, with a warning', () => {
    const result = parseDataset(
      'enterprises',
      'e.json',
      withRecords([
        {
          ...validEnterprise,
          colour: 'red',
          location: { ...validEnterprise.location, alt: 3 },
        },
      ]),
    )
    if (!result.ok) throw new Error('expected a dataset')
    expect(result.dataset.records).toHaveLength(1)
    expect(result.dataset.records[0]).not.toHaveProperty('colour')
    const found = result.dataset.issues.map((i) => [i.code, i.severity, i.path].join(' '))
    expect(found.sort()).toEqual([
      'unknown-field warning ',
      'unknown-field warning location',
    ])
  })

  it('does not let a "__proto__" key reach the prototype', () => {
    const json = JSON.parse(
      `{"schemaVersion":1,"records":[${JSON.stringify(validEnterprise).replace('{', '{"__proto__":{"polluted":true},')}]}`,
    ) as unknown
    parseDataset('enterprises', 'e.json', json)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it.each([
    ['month precision with a full date', '2024-07-01', 'month'],
    ['day precision with a month', '2024-07', 'day'],
    ['on-or-before with a month', '2025-11', 'on-or-before'],
    ['an impossible day', '2025-02-30', 'day'],
    ['a month 13', '2025-13', 'month'],
  ])('rejects an event date: %s', (_label, date, datePrecision) => {
    const event = { ...fixture['events.json'].records[0], date, datePrecision }
    const result = parseDataset('events', 'events.json', withRecords([event]))
    if (!result.ok) throw new Error('expected a dataset')
    expect(result.dataset.records).toHaveLength(0)
    expect(result.dataset.issues[0]?.path).toBe('date')
  })

  it('requires coordinates unless the position is unknown, and none when it is', () => {
    const records = [
      { ...validEnterprise, id: 'no-coords', location: { precision: 'site' } },
      {
        ...validEnterprise,
        id: 'unknown-with-coords',
        location: { precision: 'unknown', lat: 1, lon: 1 },
      },
    ]
    const result = parseDataset('enterprises', 'e.json', withRecords(records))
    if (!result.ok) throw new Error('expected a dataset')
    expect(result.dataset.records).toHaveLength(0)
    expect(result.dataset.issues.map((i) => [i.id, i.path])).toEqual([
      ['no-coords', 'location.lat'],
      ['no-coords', 'location.lon'],
      ['unknown-with-coords', 'location.precision'],
    ])
  })
})
