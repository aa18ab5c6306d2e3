import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'

import {
  BOM,
  type CsvTable,
  FORMULA_TRIGGER,
  eventsTable,
  placesTable,
  toCsv,
  visitsTable,
} from './csv'
import { exportFileName, localDay } from './file-name'
import { events, places, refs, stubT, visits } from '@/testing/export-records'

const context = { refs, locale: 'ru' as const, t: stubT }

/** Parses CSV text back (without the BOM) into rows of strings. */
function parse(text: string): string[][] {
  const result = Papa.parse<string[]>(text.slice(BOM.length), {
    newline: '\r\n',
    skipEmptyLines: true,
  })
  expect(result.errors).toEqual([])
  return result.data
}

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r']

describe('the CSV text', () => {
  it('starts with the UTF-8 BOM and ends lines with CRLF', () => {
    const text = toCsv(placesTable(places, context))
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    // The header and one line per record, split by CRLF with none after the last.
    expect(text.match(/\r\n/g)).toHaveLength(places.length)
    // A bare \n only where an exported name holds one, inside its quoted cell.
    const newlinesInNames =
      places
        .flatMap(({ record }) => [record.name.ru, record.name.en ?? ''])
        .join('')
        .split('\n').length - 1
    expect(newlinesInNames).toBe(1)
    expect(text.match(/(?<!\r)\n/g)).toHaveLength(newlinesInNames)
    expect(text.split('\r\n')[0]).toContain('export.column.id')
  })

  it('round-trips quotes, commas, line breaks and Cyrillic inside cells', () => {
    const rows = parse(toCsv(placesTable(places, context)))
    const byId = new Map(rows.slice(1).map((row) => [row[0], row]))
    expect(byId.get('ent-quote')?.[3]).toBe('ООО «Завод "Кавычка", запятая»')
    expect(byId.get('ent-quote')?.[4]).toBe('Quote, "Comma" Plant')
    expect(byId.get('ent-unknown')?.[3]).toBe('Министерство\nпромышленности')
    expect(byId.get('ent-quote')?.[6]).toBe('Авиация и космос; Энергетика')
  })

  it('has one data row per record, and a header even with none', () => {
    expect(parse(toCsv(placesTable(places, context)))).toHaveLength(places.length + 1)
    expect(parse(toCsv(visitsTable(visits, context)))).toHaveLength(visits.length + 1)
    expect(parse(toCsv(eventsTable(events, context)))).toHaveLength(events.length + 1)
    const empty = parse(toCsv(visitsTable([], context)))
    expect(empty).toHaveLength(1)
    expect(empty[0]?.[0]).toBe('export.column.id')
  })

  it.each(TRIGGERS)('neutralises a cell that starts with %j', (trigger) => {
    const table: CsvTable = {
      fields: ['a', 'b'],
      rows: [
        [`${trigger}1+1`, 'ok'],
        [`${trigger}SUM(A1:A2)\nтекст на второй строке`, 'ok'],
      ],
    }
    const rows = parse(toCsv(table))
    for (const row of rows.slice(1)) {
      expect(row[0]?.startsWith(`'${trigger}`)).toBe(true)
      expect(row[1]).toBe('ok')
    }
  })

  it('neutralises NUL too, and leaves numbers (a negative longitude) as numbers', () => {
    const text = toCsv({ fields: ['a', 'b'], rows: [['\u0000x', -0.5]] })
    expect(parse(text)[1]).toEqual(["'\u0000x", '-0.5'])
  })

  it('leaves no exported cell of the real tables starting with a trigger', () => {
    for (const table of [
      placesTable(places, context),
      visitsTable(visits, context),
      eventsTable(events, context),
    ]) {
      for (const row of parse(toCsv(table))) {
        // Numbers are written as numbers: a negative one is a value, not a formula.
        for (const cell of row.filter((c) => !/^-?\d+(\.\d+)?$/.test(c)))
          expect(FORMULA_TRIGGER.test(cell)).toBe(false)
      }
    }
    const rows = parse(toCsv(placesTable(places, context)))
    const formula = rows.find((row) => row[0] === 'ent-formula')
    expect(formula?.[3]).toBe('\'=HYPERLINK("http://evil.example","Жми")')
    expect(formula?.[11]).toBe('-0.5')
  })

  it('catches a multi-line formula that Papa Parse’s own `true` setting lets through', () => {
    const cell = '=1+1\nsecond line'
    const loose = Papa.unparse(
      { fields: ['a'], data: [[cell]] },
      { escapeFormulae: true },
    )
    expect(loose).not.toContain(`'=`)
    expect(toCsv({ fields: ['a'], rows: [[cell]] })).toContain(`"'=1+1`)
  })
})

describe('the tables', () => {
  it('resolve ids to names and sources to links', () => {
    const { fields, rows } = placesTable(places, context)
    const col = (key: string) => fields.indexOf(`export.column.${key}`)
    const quote = rows.find((row) => row[0] === 'ent-quote') ?? []
    expect(quote[col('municipality')]).toBe('город Смоленск')
    expect(quote[col('region')]).toBe('Смоленская область')
    expect(quote[col('type')]).toBe('export.placeType.enterprise')
    expect(quote[col('kind')]).toBe('kinds.enterprise')
    expect(quote[col('founded')]).toBe(1926)
    expect(quote[col('lat')]).toBe(54.8)
    expect(quote[col('sources')]).toBe(
      'https://example.org/a | https://example.org/b?x=1,2',
    )
    const unknown = rows.find((row) => row[0] === 'ent-unknown') ?? []
    expect(unknown[col('lat')]).toBeNull()
    expect(unknown[col('industries')]).toBe('unknown-industry')
    expect(unknown[col('sources')]).toBe('https://example.org/a | src-missing')
  })

  it('write dates as ISO with their precision, and names in the chosen language', () => {
    const ru = visitsTable(visits, context)
    const en = visitsTable(visits, { ...context, locale: 'en' })
    const col = (key: string) => ru.fields.indexOf(`export.column.${key}`)
    const row = ru.rows[0] ?? []
    expect(row[col('date')]).toBe('2025-11-15')
    expect(row[col('datePrecision')]).toBe('export.datePrecision.on-or-before')
    expect(row[col('fromRegion')]).toBe('Челябинская область')
    expect(row[col('sitesVisited')]).toBe('ООО «Завод "Кавычка", запятая»; gone')
    expect(en.rows[0]?.[col('fromRegion')]).toBe('Chelyabinsk Oblast')
    expect(en.rows[0]?.[col('title')]).toBe('South Urals delegation')
    const ev = eventsTable(events, context)
    const evCol = (key: string) => ev.fields.indexOf(`export.column.${key}`)
    expect(ev.rows[0]?.[evCol('date')]).toBe('2024-07')
    expect(ev.rows[0]?.[evCol('eventType')]).toBe('timeline.kind.meeting')
    expect(ev.rows[0]?.[evCol('visit')]).toBe('-Делегация Южного Урала')
    expect(ev.rows[0]?.[evCol('regions')]).toBe('Смоленская область; Челябинская область')
  })
})

describe('the file name', () => {
  it('is promkarta-<dataset>-<YYYY-MM-DD>.<extension>', () => {
    expect(exportFileName('places', '2025-11-15', 'csv')).toBe(
      'promkarta-places-2025-11-15.csv',
    )
    expect(exportFileName('Panel Charts/2', '2025-01-02', 'png')).toBe(
      'promkarta-panel-charts-2-2025-01-02.png',
    )
    expect(localDay(new Date(2024, 6, 5, 23, 59))).toBe('2024-07-05')
  })
})
