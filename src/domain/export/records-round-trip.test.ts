// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { CsvTable } from './csv'
import { toCsvBytes } from './csv-dialect'
import { recordsTable } from './records-table'
import { tablesToXlsx } from './xlsx-export'
import { importFile } from '../import/import-file'
import { bundled, options } from '@/testing/import-data'
import { enterpriseArb, eventArb, parkArb, visitArb } from '@/testing/record-arbitraries'

// Records round trip: any record the schema allows, written and imported again.

const uniqueIds = <T extends { id: string }>(arb: fc.Arbitrary<T>) =>
  fc.uniqueArray(arb, { minLength: 1, maxLength: 5, selector: (r) => r.id })

/** What an import adds: the file as the first source. */
const withFileSource = <T extends { sources: string[] }>(records: T[], file: string) =>
  records.map((r) => ({ ...r, sources: [`file-${file}`, ...r.sources] }))

describe('records round-trip through the writers and the import', () => {
  const formats = [
    ['Russian CSV', 'csv', (t: CsvTable) => Promise.resolve(toCsvBytes(t, 'excel-ru'))],
    ['RFC 4180 CSV', 'csv', (t: CsvTable) => Promise.resolve(toCsvBytes(t, 'rfc4180'))],
    ['XLSX', 'xlsx', (t: CsvTable) => tablesToXlsx([{ name: 'Данные', table: t }])],
  ] as const
  it.each(formats)('enterprises via %s', async (_, extension, write) => {
    await fc.assert(
      fc.asyncProperty(
        uniqueIds(enterpriseArb),
        fc.constantFrom('ru', 'en' as const),
        async (records, locale) => {
          const bytes = await write(recordsTable('enterprises', records, bundled, locale))
          const result = await importFile(`roundtrip.${extension}`, bytes, {
            ...options,
            kind: 'enterprises',
          })
          if (!result.ok || result.format === 'contract') throw new Error('not imported')
          expect(result.issues.filter((i) => i.severity === 'error')).toEqual([])
          expect(result.records).toEqual(withFileSource(records, 'roundtrip'))
        },
      ),
      { numRuns: 25 },
    )
  })

  it.each(formats)('parks via %s', async (_, extension, write) => {
    await fc.assert(
      fc.asyncProperty(uniqueIds(parkArb), async (records) => {
        const bytes = await write(recordsTable('parks', records, bundled, 'ru'))
        const result = await importFile(`roundtrip.${extension}`, bytes, {
          ...options,
          kind: 'parks',
        })
        if (!result.ok || result.format === 'contract') throw new Error('not imported')
        expect(result.records).toEqual(withFileSource(records, 'roundtrip'))
      }),
      { numRuns: 20 },
    )
  })

  it.each(formats)('visits via %s', async (_, extension, write) => {
    await fc.assert(
      fc.asyncProperty(uniqueIds(visitArb), async (records) => {
        const bytes = await write(recordsTable('visits', records, bundled, 'en'))
        const result = await importFile(`roundtrip.${extension}`, bytes, {
          ...options,
          kind: 'visits',
        })
        if (!result.ok || result.format === 'contract') throw new Error('not imported')
        expect(result.records).toEqual(withFileSource(records, 'roundtrip'))
      }),
      { numRuns: 20 },
    )
  })

  it.each(formats)('events via %s', async (_, extension, write) => {
    await fc.assert(
      fc.asyncProperty(uniqueIds(eventArb), async (records) => {
        const bytes = await write(recordsTable('events', records, bundled, 'ru'))
        const result = await importFile(`roundtrip.${extension}`, bytes, {
          ...options,
          kind: 'events',
        })
        if (!result.ok || result.format === 'contract') throw new Error('not imported')
        expect(result.records).toEqual(withFileSource(records, 'roundtrip'))
      }),
      { numRuns: 25 },
    )
  })
})
