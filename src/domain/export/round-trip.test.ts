// @vitest-environment node
import * as XLSX from '@e965/xlsx'
import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'

import { type CsvCell, type CsvTable, BOM } from './csv'
import { type CsvDialect, toCsvBytes, toCsvText } from './csv-dialect'
import { recordsTable } from './records-table'
import { tablesToXlsx } from './xlsx-export'
import { importFile } from '../import/import-file'
import { bundled, options } from '../import/test-data'
import {
  type Enterprise,
  type NewsEvent,
  type Park,
  type Visit,
  enterpriseSchema,
  eventSchema,
  parkSchema,
  visitSchema,
} from '../schema/records'

const RU_DAY = /^(\d{2})\.(\d{2})\.(\d{4})$/
const RU_NUMBER = /^-?\d+(,\d+)?$/

/** Text Excel keeps as text: not a number, not a date, not already neutralised. */
const plainText = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .filter(
    (s) =>
      s.trim() === s &&
      s !== '' &&
      !s.includes('\r') &&
      !s.startsWith("'") &&
      !/^[-+]?[\d.,\s]+$/.test(s) &&
      !/^\d{1,4}[-./]\d{1,2}([-./]\d{1,4})?$/.test(s),
  )
const cell: fc.Arbitrary<CsvCell> = fc.oneof(
  plainText,
  fc
    .double({ min: -1e6, max: 1e6, noNaN: true })
    .filter((n) => !Object.is(n, -0) && !String(n).includes('e')),
  fc.integer({ min: -100000, max: 100000 }),
  fc.constant(null),
  fc.constantFrom('=1+1', '+7 900', '-x', '@SUM(A1)', 'a;b,c', 'say "hi"', 'two\nlines'),
)
const tableArb: fc.Arbitrary<CsvTable> = fc.integer({ min: 1, max: 6 }).chain((width) =>
  fc.record({
    fields: fc.uniqueArray(plainText, { minLength: width, maxLength: width }),
    rows: fc.array(
      fc
        .tuple(plainText, fc.array(cell, { minLength: width - 1, maxLength: width - 1 }))
        .map(([a, rest]) => [a, ...rest]),
      { minLength: 1, maxLength: 6 },
    ),
  }),
)

/** A cell as Russian Excel reads it: decimal-comma numbers, ДД.ММ.ГГГГ dates, `'` dropped. */
function excelRu(text: string): CsvCell {
  if (text === '') return null
  if (RU_NUMBER.test(text)) return Number(text.replace(',', '.'))
  const day = RU_DAY.exec(text)
  if (day) return `${day[3]}-${day[2]}-${day[1]}`
  return text.startsWith("'") ? text.slice(1) : text
}

function rfc(text: string): CsvCell {
  if (text === '') return null
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text)
  return text.startsWith("'") ? text.slice(1) : text
}

function readBack(text: string, dialect: CsvDialect): CsvCell[][] {
  expect(text.startsWith(BOM)).toBe(true)
  const parsed = Papa.parse<string[]>(text.slice(1), {
    delimiter: dialect === 'excel-ru' ? ';' : ',',
    newline: '\r\n',
    skipEmptyLines: true,
  })
  expect(parsed.errors).toEqual([])
  const [header = [], ...rows] = parsed.data
  const unquote = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell)
  return [
    header.map(unquote),
    ...rows.map((row) => row.map(dialect === 'excel-ru' ? excelRu : rfc)),
  ]
}

describe('CSV dialects', () => {
  it('Russian CSV read as Russian Excel reads it: one column per field, the same values', () => {
    fc.assert(
      fc.property(tableArb, (table) => {
        expect(readBack(toCsvText(table, 'excel-ru'), 'excel-ru')).toEqual([
          table.fields,
          ...table.rows,
        ])
      }),
    )
  })

  it('RFC 4180 CSV reads back the same', () => {
    fc.assert(
      fc.property(tableArb, (table) => {
        expect(readBack(toCsvText(table, 'rfc4180'), 'rfc4180')).toEqual([
          table.fields,
          ...table.rows,
        ])
      }),
    )
  })

  it('writes dates as ДД.ММ.ГГГГ and numbers with commas in Russian, neutralising formulas', () => {
    const table = {
      fields: ['Дата', 'Широта', 'Текст'],
      rows: [['2025-11-15', 54.78, '=cmd|calc']],
    }
    expect(toCsvText(table, 'excel-ru')).toBe(
      "\uFEFFДата;Широта;Текст\r\n15.11.2025;54,78;'=cmd|calc\r\n",
    )
    expect(toCsvText(table, 'rfc4180')).toBe(
      "\uFEFFДата,Широта,Текст\r\n2025-11-15,54.78,'=cmd|calc\r\n",
    )
  })
})

describe('XLSX writer', () => {
  it('read back by the library gives the same rows as the table', async () => {
    await fc.assert(
      fc.asyncProperty(tableArb, async (table) => {
        const bytes = await tablesToXlsx([{ name: 'Данные', table }])
        const book = XLSX.read(bytes, { type: 'array' })
        const sheet = book.Sheets[book.SheetNames[0] ?? ''] as XLSX.WorkSheet
        const rows = XLSX.utils.sheet_to_json<CsvCell[]>(sheet, {
          header: 1,
          raw: true,
          defval: null,
        })
        expect(rows).toEqual([table.fields, ...table.rows])
      }),
      { numRuns: 40 },
    )
  })
})

// ---- Records round trip: any record the schema allows, written and imported again ----

const text = plainText.map((ru) => ({ ru }))
const municipalities = bundled.municipalities
const enterpriseArb: fc.Arbitrary<Enterprise> = fc
  .record({
    n: fc.integer({ min: 0, max: 1e9 }),
    name: fc.record({ ru: plainText, en: fc.option(plainText, { nil: undefined }) }),
    shortName: fc.option(text, { nil: undefined }),
    kind: fc.constantFrom(
      'enterprise',
      'holding',
      'association',
      'government-body' as const,
    ),
    industries: fc.uniqueArray(fc.constantFrom(...bundled.industries.map((i) => i.id)), {
      minLength: 1,
      maxLength: 3,
    }),
    municipality: fc.option(fc.constantFrom(...municipalities), { nil: undefined }),
    offset: fc.tuple(
      fc.double({ min: -0.2, max: 0.2, noNaN: true }),
      fc.double({ min: -0.2, max: 0.2, noNaN: true }),
    ),
    precision: fc.constantFrom('site', 'settlement', 'stand-in', 'unknown' as const),
    founded: fc.option(fc.integer({ min: 800, max: 2100 }), { nil: undefined }),
    website: fc.option(fc.constantFrom('https://example.ru', 'http://a.b/c?d=1'), {
      nil: undefined,
    }),
    description: fc.option(text, { nil: undefined }),
    notes: fc.option(text, { nil: undefined }),
    park: fc.option(fc.constantFrom(...bundled.parks.map((p) => p.id)), {
      nil: undefined,
    }),
    origin: fc.constantFrom('seed', 'public' as const),
    confidence: fc.constantFrom('high', 'medium', 'low' as const),
    sources: fc.uniqueArray(
      fc.constantFrom(...bundled.sources.slice(0, 10).map((s) => s.id)),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map((g): Enterprise => {
    const centre = g.municipality?.centre ?? { lat: 54.7826, lon: 32.0453 }
    const located = g.precision !== 'unknown'
    const record: Enterprise = {
      id: `gen-${g.n}`,
      name:
        g.name.en === undefined ? { ru: g.name.ru } : { ru: g.name.ru, en: g.name.en },
      shortName: g.shortName,
      kind: g.kind,
      industries: g.industries,
      region: 'RU-SMO',
      municipality: g.municipality?.id,
      location: located
        ? {
            lat: centre.lat + g.offset[0],
            lon: centre.lon + g.offset[1],
            precision: g.precision,
          }
        : { precision: 'unknown' },
      founded: g.founded === undefined ? undefined : { year: g.founded },
      website: g.website,
      description: g.description,
      notes: g.notes,
      park: g.park,
      origin: g.origin,
      confidence: { record: g.confidence },
      sources: g.sources,
    }
    for (const key of Object.keys(record) as (keyof Enterprise)[])
      if (record[key] === undefined) delete record[key]
    return enterpriseSchema.parse(record)
  })

const eventArb: fc.Arbitrary<NewsEvent> = fc
  .record({
    n: fc.integer({ min: 0, max: 1e9 }),
    title: text,
    date: fc.date({
      min: new Date('1990-01-01'),
      max: new Date('2030-12-31'),
      noInvalidDate: true,
    }),
    precision: fc.constantFrom('day', 'month', 'on-or-before' as const),
    type: fc.constantFrom(
      'visit',
      'meeting',
      'round-table',
      'agreement',
      'funding',
      'production-launch',
      'award',
      'incident',
      'other' as const,
    ),
    relevance: fc.constantFrom(
      'smolensk-industry',
      'neighbour-industry',
      'neighbour-other',
      'none' as const,
    ),
    regions: fc.uniqueArray(fc.constantFrom(...bundled.regions.map((r) => r.id)), {
      maxLength: 3,
    }),
    summary: fc.option(text, { nil: undefined }),
    origin: fc.constantFrom('seed', 'public' as const),
    sources: fc.uniqueArray(
      fc.constantFrom(...bundled.sources.slice(0, 10).map((s) => s.id)),
      { minLength: 1, maxLength: 2 },
    ),
  })
  .map((g): NewsEvent => {
    const iso = g.date.toISOString().slice(0, 10)
    const record: NewsEvent = {
      id: `gen-ev-${g.n}`,
      title: g.title,
      date: g.precision === 'month' ? iso.slice(0, 7) : iso,
      datePrecision: g.precision,
      type: g.type,
      relevance: g.relevance,
      regions: g.regions,
      summary: g.summary,
      origin: g.origin,
      confidence: { record: 'medium' },
      sources: g.sources,
    }
    if (record.summary === undefined) delete record.summary
    return eventSchema.parse(record)
  })

/** Parks: an enterprise's fields less `park`, with a park kind, ownership and area. */
const parkArb: fc.Arbitrary<Park> = fc
  .tuple(
    enterpriseArb,
    fc.constantFrom('industrial-park', 'sez', 'technopark', 'cluster' as const),
    fc.option(fc.constantFrom('state', 'private', 'unknown' as const), {
      nil: undefined,
    }),
    fc.option(fc.double({ min: 0.5, max: 5000, noNaN: true }), { nil: undefined }),
  )
  .map(([{ park: _park, kind: _kind, ...rest }, kind, ownership, areaHa]) => {
    const record: Park = { ...rest, id: rest.id.replace('gen-', 'gen-park-'), kind }
    if (ownership !== undefined) record.ownership = ownership
    if (areaHa !== undefined) record.areaHa = areaHa
    return parkSchema.parse(record)
  })

const placeIds = [...bundled.enterprises, ...bundled.parks].map((p) => p.id)
const regionIds = bundled.regions.map((r) => r.id)
const visitArb: fc.Arbitrary<Visit> = fc
  .record({
    n: fc.integer({ min: 0, max: 1e9 }),
    title: fc.record({ ru: plainText, en: fc.option(plainText, { nil: undefined }) }),
    date: fc.date({
      min: new Date('1990-01-01'),
      max: new Date('2030-12-31'),
      noInvalidDate: true,
    }),
    days: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    from: fc.constantFrom(...regionIds),
    to: fc.constantFrom(...regionIds),
    delegation: fc.option(text, { nil: undefined }),
    hosts: fc.option(text, { nil: undefined }),
    organisations: fc.option(
      fc.uniqueArray(fc.constantFrom(...placeIds), { minLength: 1, maxLength: 3 }),
      { nil: undefined },
    ),
    sitesVisited: fc.option(
      fc.uniqueArray(fc.constantFrom(...placeIds), { minLength: 1, maxLength: 3 }),
      { nil: undefined },
    ),
    summary: fc.option(text, { nil: undefined }),
    notes: fc.option(text, { nil: undefined }),
    sources: fc.uniqueArray(
      fc.constantFrom(...bundled.sources.slice(0, 10).map((s) => s.id)),
      { minLength: 1, maxLength: 2 },
    ),
  })
  .map((g) => {
    const day = (offset: number) =>
      new Date(g.date.getTime() + offset * 86_400_000).toISOString().slice(0, 10)
    const record: Record<string, unknown> = {
      id: `gen-visit-${g.n}`,
      title: g.title.en === undefined ? { ru: g.title.ru } : g.title,
      date: day(0),
      datePrecision: 'day',
      endDate: g.days === undefined ? undefined : day(g.days),
      fromRegion: g.from,
      toRegion: g.to,
      delegation: g.delegation,
      hosts: g.hosts,
      organisations: g.organisations,
      sitesVisited: g.sitesVisited,
      summary: g.summary,
      notes: g.notes,
      origin: 'public',
      confidence: { record: 'low' },
      sources: g.sources,
    }
    for (const key of Object.keys(record))
      if (record[key] === undefined) delete record[key]
    return visitSchema.parse(record)
  })

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
