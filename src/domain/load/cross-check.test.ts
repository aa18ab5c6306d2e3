import { DATASET_KINDS, type DatasetKind } from '@/domain/schema/values'
import { describe, expect, it } from 'vitest'

import { fixture } from '@/testing/fixtures'

import { type ParsedDatasets, crossCheck } from './cross-check'
import { parseDataset } from './parse-dataset'

type Fixture = typeof fixture

function parsedFrom(
  overrides: Partial<Record<DatasetKind, unknown[]>> = {},
  skip: DatasetKind[] = [],
) {
  const parsed: ParsedDatasets = {}
  for (const kind of DATASET_KINDS) {
    if (skip.includes(kind)) continue
    const file = `${kind}.json` as keyof Fixture
    const records = overrides[kind] ?? (fixture[file] as { records: unknown[] }).records
    const result = parseDataset(kind, file, { schemaVersion: 1, records })
    if (!result.ok) throw new Error(result.fault.message)
    ;(parsed as Record<DatasetKind, unknown>)[kind] = result.dataset
  }
  return parsed
}

const [entA, entB] = fixture['enterprises.json'].records

describe('crossCheck', () => {
  it('finds nothing wrong with the fixture', () => {
    const { issues, datasets } = crossCheck(parsedFrom())
    expect(issues).toEqual([])
    expect(datasets.enterprises).toHaveLength(3)
  })

  it('keeps the first of two records with one id and lists the repeat at its position', () => {
    const { issues, datasets } = crossCheck(
      parsedFrom({ enterprises: [entA, entB, { ...entB, id: 'ent-a' }] }),
    )
    expect(datasets.enterprises.map((e) => e.id)).toEqual(['ent-a', 'ent-b'])
    expect(datasets.enterprises[0]?.name.ru).toBe('Завод «Альфа»')
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'enterprises.json',
        index: 2,
        id: 'ent-a',
        code: 'duplicate-id',
      }),
    ])
  })

  it('lists references to unknown municipalities, industries, regions, sources and records', () => {
    const { issues } = crossCheck(
      parsedFrom({
        enterprises: [
          {
            ...entA,
            municipality: 'atlantis',
            industries: ['aerospace', 'alchemy'],
            sources: ['src-x'],
          },
        ],
        events: [
          {
            ...fixture['events.json'].records[0],
            entities: ['ent-zzz'],
            regions: ['RU-XXX'],
            visit: 'v-none',
          },
        ],
      }),
    )
    expect(issues.map((i) => `${i.file}#${i.index} ${i.path}`)).toEqual([
      'enterprises.json#0 industries[1]',
      'enterprises.json#0 municipality',
      'enterprises.json#0 sources[0]',
      'events.json#0 regions[0]',
      'events.json#0 entities[0]',
      'events.json#0 visit',
    ])
    expect(issues.every((i) => i.code === 'unknown-reference')).toBe(true)
  })

  it('does not check references into a file that failed to load', () => {
    const { issues } = crossCheck(parsedFrom({}, ['municipalities', 'sources']))
    expect(issues).toEqual([])
  })

  it('ignores a position far from the municipality it claims, and says so', () => {
    const chelyabinsk = { lat: 55.16, lon: 61.4, precision: 'site' }
    const { issues, datasets } = crossCheck(
      parsedFrom({ enterprises: [{ ...entA, location: chelyabinsk }, entB] }),
    )
    expect(issues).toEqual([
      expect.objectContaining({
        id: 'ent-a',
        path: 'location',
        code: 'far-outside-region',
      }),
    ])
    expect(datasets.enterprises[0]?.location.precision).toBe('unknown')
    expect(datasets.enterprises[1]?.location.precision).toBe('stand-in')
  })

  it('checks a position against the region capital when no municipality is given', () => {
    const { issues } = crossCheck(
      parsedFrom({
        enterprises: [
          {
            ...entA,
            municipality: undefined,
            location: { lat: 43.1, lon: 131.9, precision: 'site' },
          },
        ],
      }),
    )
    expect(issues[0]?.message).toContain('Смоленская область')
  })

  it('lists a visit that ends before it starts', () => {
    const visit = { ...fixture['visits.json'].records[0], endDate: '2025-11-01' }
    const { issues } = crossCheck(parsedFrom({ visits: [visit] }))
    expect(issues).toEqual([
      expect.objectContaining({ path: 'endDate', code: 'end-before-start' }),
    ])
  })
})

describe('crossCheck across enterprises and parks', () => {
  it('keeps the enterprise when a park takes its id, and lists the park', () => {
    const [park, ...otherParks] = fixture['parks.json'].records
    const { issues, datasets } = crossCheck(
      parsedFrom({ parks: [{ ...park, id: 'ent-a' }, ...otherParks] }),
    )
    expect(datasets.enterprises.map((e) => e.id)).toContain('ent-a')
    expect(datasets.parks.map((p) => p.id)).not.toContain('ent-a')
    expect(datasets.parks).toHaveLength(otherParks.length)
    expect(issues).toEqual([
      expect.objectContaining({
        kind: 'parks',
        file: 'parks.json',
        index: 0,
        id: 'ent-a',
        path: 'id',
        code: 'duplicate-id',
        severity: 'error',
        message: expect.stringContaining(
          'уже занят записью №1 в enterprises.json',
        ) as string,
      }),
    ])
  })
})
