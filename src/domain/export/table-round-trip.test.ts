// @vitest-environment node
import * as XLSX from '@e965/xlsx'
import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'

import { type CsvCell, type CsvTable, BOM } from './csv'
import { type CsvDialect, toCsvText } from './csv-dialect'
import { tablesToXlsx } from './xlsx-export'
import { plainText } from '@/testing/record-arbitraries'

const RU_DAY = /^(\d{2})\.(\d{2})\.(\d{4})$/
const RU_NUMBER = /^-?\d+(,\d+)?$/

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
