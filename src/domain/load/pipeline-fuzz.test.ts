import { DATASET_KINDS, type DatasetKind } from '@/domain/schema/values'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { fixture } from '@/testing/fixtures'

import { type ParsedDatasets, crossCheck } from './cross-check'
import { parseDataset } from './parse-dataset'

/** A value nested `depth` levels deep, built without recursion. */
const deep = (depth: number): unknown => {
  let value: unknown = 'дно'
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value }
  return value
}

/** Anything JSON can hold, plus the shapes that broke loaders before: deep, huge, odd numbers. */
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.integer({ min: 500, max: 5000 }).map(deep),
  fc.integer({ min: 1, max: 200_000 }).map((n) => 'я'.repeat(n)),
  fc.constantFrom(Infinity, -Infinity, NaN, 1e308, -0, Number.MAX_SAFE_INTEGER),
  fc.constantFrom('\u202Eтекст', 'a\u200Bb', '0000-01-01', '9999-12-31', '<img src=x>'),
)

/** A record of the fixture of `kind` with random fields replaced, added or removed. */
function recordOf(kind: DatasetKind) {
  const base = (fixture[`${kind}.json`] as { records: Record<string, unknown>[] }).records
  const keys = [...new Set(base.flatMap((r) => Object.keys(r))), 'extra', '__proto__']
  return fc
    .tuple(
      fc.constantFrom(...base),
      fc.dictionary(fc.constantFrom(...keys), hostileValue, { maxKeys: 3 }),
      fc.subarray(keys, { maxLength: 2 }),
    )
    .map(([record, changes, dropped]) => {
      const out: Record<string, unknown> = { ...record, ...changes }
      for (const key of dropped) Reflect.deleteProperty(out, key)
      return out
    })
}

const arbitraryFile = (kind: DatasetKind) =>
  fc.oneof(
    { weight: 9, arbitrary: fc.array(recordOf(kind), { maxLength: 30 }) },
    { weight: 1, arbitrary: fc.array(hostileValue, { maxLength: 5 }) },
  )

describe('the loading pipeline under generated input', () => {
  it('never throws: 10,000+ records per dataset kind through parse and cross-check', () => {
    let records = 0
    fc.assert(
      fc.property(
        fc.record(
          Object.fromEntries(
            DATASET_KINDS.map((kind) => [kind, arbitraryFile(kind)]),
          ) as {
            [K in DatasetKind]: fc.Arbitrary<unknown[]>
          },
        ),
        (files) => {
          const parsed: ParsedDatasets = {}
          for (const kind of DATASET_KINDS) {
            records += files[kind].length
            const result = parseDataset(kind, `${kind}.json`, {
              schemaVersion: 1,
              records: files[kind],
            })
            if (result.ok) (parsed as Record<DatasetKind, unknown>)[kind] = result.dataset
          }
          const checked = crossCheck(parsed, {
            homeRegion: 'RU-SMO',
            today: '2026-11-29',
          })
          for (const issue of checked.issues)
            expect(issue.message.length).toBeLessThan(400)
        },
      ),
      { numRuns: 3000, seed: 20261129 },
    )
    // About four records per file and kind on average: over 10,000 of each kind in all.
    expect(records / DATASET_KINDS.length).toBeGreaterThan(10_000)
  }, 240_000)
})
