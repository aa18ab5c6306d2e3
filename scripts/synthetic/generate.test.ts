// @vitest-environment node
import { DATASET_KINDS, type DatasetKind } from '../../src/domain/schema/values'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { type ParsedDatasets, crossCheck } from '../../src/domain/load/cross-check'
import { parseDataset } from '../../src/domain/load/parse-dataset'
import type { RecordOf } from '../../src/domain/schema/datasets'
import { manifestSchema } from '../../src/domain/schema/manifest'
import { type SyntheticReference, generateSynthetic } from './generate'

const DATA_DIR = resolve(import.meta.dirname, '..', '..', 'data')

function readRecords<K extends DatasetKind>(kind: K): RecordOf<K>[] {
  const file = `${kind}.json`
  const json: unknown = JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8'))
  const result = parseDataset(kind, file, json)
  if (!result.ok) throw new Error(result.fault.message)
  return result.dataset.records
}

const reference: SyntheticReference = {
  regions: readRecords('regions'),
  municipalities: readRecords('municipalities'),
  industries: readRecords('industries'),
}

const COUNTS = { enterprises: 200, events: 100, visits: 20, parks: 10 }

describe('generateSynthetic', () => {
  const dataset = generateSynthetic({ ...COUNTS, seed: 7 }, reference)

  it('validates record by record and passes the cross-check without issues', () => {
    const parsed: ParsedDatasets = {}
    for (const kind of DATASET_KINDS) {
      const file = dataset.manifest.files[kind]
      const result = parseDataset(kind, file, dataset.files[file])
      if (!result.ok) throw new Error(`${file}: ${result.fault.message}`)
      expect(result.dataset.issues, file).toEqual([])
      expect(result.dataset.records).toHaveLength(result.dataset.total)
      ;(parsed as Record<DatasetKind, unknown>)[kind] = result.dataset
    }
    expect(crossCheck(parsed).issues).toEqual([])
  })

  it('has exactly the requested counts', () => {
    const counts = Object.fromEntries(
      (['enterprises', 'events', 'visits', 'parks'] as const).map((kind) => [
        kind,
        recordsOf(dataset.files, `${kind}.json`).length,
      ]),
    )
    expect(counts).toEqual(COUNTS)
    expect(recordsOf(dataset.files, 'sources.json')).toHaveLength(1)
    expect(recordsOf(dataset.files, 'regions.json')).toHaveLength(
      reference.regions.length,
    )
  })

  it('uses 50 parks by default', () => {
    const small = generateSynthetic({ enterprises: 5, events: 5, visits: 5 }, reference)
    expect(recordsOf(small.files, 'parks.json')).toHaveLength(50)
  })

  it('is identical for the same seed and different for another seed', () => {
    const again = generateSynthetic({ ...COUNTS, seed: 7 }, reference)
    const other = generateSynthetic({ ...COUNTS, seed: 8 }, reference)
    expect(JSON.stringify(again.files)).toBe(JSON.stringify(dataset.files))
    expect(JSON.stringify(other.files)).not.toBe(JSON.stringify(dataset.files))
  })

  it('says plainly that the data is synthetic', () => {
    expect(manifestSchema.safeParse(dataset.manifest).success).toBe(true)
    expect(dataset.manifest.synthetic).toBe(true)
    expect(dataset.manifest.title.ru).toContain('СИНТЕТИЧЕСКИЕ')
    expect(dataset.files['manifest.json']).toEqual(dataset.manifest)
  })

  it('rejects counts that are not whole numbers ≥ 0', () => {
    expect(() =>
      generateSynthetic({ enterprises: -1, events: 0, visits: 0 }, reference),
    ).toThrow(RangeError)
    expect(() =>
      generateSynthetic({ enterprises: 1.5, events: 0, visits: 0 }, reference),
    ).toThrow(RangeError)
  })
})

function recordsOf(files: Record<string, unknown>, file: string): unknown[] {
  return (files[file] as { records: unknown[] }).records
}
