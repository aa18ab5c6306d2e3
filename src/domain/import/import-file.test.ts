// @vitest-environment node
import { describe, expect, it } from 'vitest'

import type { Enterprise } from '../schema/records'
import { type ImportResult, type TableImport, importFile } from './import-file'
import { bundled, encodeCp1251, options, utf8 } from '@/testing/import-data'

function table(result: ImportResult): TableImport {
  if (!result.ok || result.format === 'contract') throw new Error(JSON.stringify(result))
  return result
}

const HEADER = 'Наименование;ИНН;Отрасль;ОКВЭД;Район;Адрес;Широта;Долгота;Сайт;Источник'

describe('a Windows-1251 CSV from Russian Excel', () => {
  const text = [
    HEADER,
    'ООО «Смоленский завод»;6731000001;Энергетика;;Вяземский район;;55,2117;34,2952;smolensk-zavod.ru;https://example.ru/a',
    'АО «Без координат»;;;30.30;;г. Вязьма, ул. Ленина, 1;;;;',
    'ИП Неизвестный;;Логистика;;;;;;;',
  ].join('\r\n')

  it('is detected, read with «;» and decimal commas, and becomes records', async () => {
    const result = table(await importFile('enterprises.csv', encodeCp1251(text), options))
    expect(result.encoding).toBe('windows-1251')
    expect(result.separator).toBe(';')
    expect(result.kind).toBe('enterprises')
    expect(result.guess.by).toBe('file-name')
    const [first, second] = result.records as Enterprise[]
    expect(first?.name.ru).toBe('ООО «Смоленский завод»')
    expect(first?.location).toEqual({ lat: 55.2117, lon: 34.2952, precision: 'site' })
    expect(first?.municipality).toBe('vyazemsky')
    expect(first?.region).toBe('RU-SMO')
    expect(first?.kind).toBe('enterprise')
    expect(first?.website).toBe('https://smolensk-zavod.ru')
    expect(first?.notes?.ru).toContain('ИНН: 6731000001')
    expect(first?.sources[0]).toBe('file-enterprises')
    expect(result.sources.links.map((s) => s.url)).toEqual(['https://example.ru/a'])
    expect(result.rows).toEqual([2, 3])
    // OKVED 30.30 is aerospace; the municipality comes from the address; the position is a
    // labelled stand-in at its centre, never an invented point.
    expect(second?.industries).toEqual(['aerospace'])
    expect(second?.location.precision).toBe('stand-in')
    expect(second?.location.note?.ru).toContain('центр муниципального образования')
    expect(second?.location.lat).toBe(55.2117)
  })

  it('rejects a row whose region cannot be told, naming its row and column', async () => {
    const result = table(await importFile('enterprises.csv', encodeCp1251(text), options))
    expect(result.rejected).toEqual([{ row: 4 }])
    const issue = result.issues.find((i) => i.row === 4)
    expect(issue).toMatchObject({ file: 'enterprises.csv', severity: 'error' })
    expect(issue?.message.ru).toMatch(/Регион не указан/)
    expect(issue?.message.en).toMatch(/No region/)
  })
})

describe('checks shared with the bundled data', () => {
  it('lists duplicates of bundled ids and within the file, and shows each once', async () => {
    const csv = [
      'id,Name,Region,Industry,lat,lon',
      'ent-smaz,Copy of SmAZ,RU-SMO,aerospace,54.8,32.0',
      'my-1,Завод один,RU-SMO,energy,54.8,32.0',
      'my-1,Завод один снова,RU-SMO,energy,54.8,32.0',
    ].join('\n')
    const result = table(
      await importFile('list.csv', utf8(csv), { ...options, kind: 'enterprises' }),
    )
    expect(result.records.map((r) => r.id)).toEqual(['my-1'])
    expect(result.rejected.map((r) => r.row)).toEqual([2, 4])
    const dupes = result.issues.filter((i) => i.code === 'duplicate-id')
    expect(dupes.map((i) => [i.row, i.column])).toEqual([
      [2, 'id'],
      [4, 'id'],
    ])
    expect(dupes[0]?.message.ru).toMatch(/уже есть в загруженных данных/)
    expect(dupes[1]?.message.en).toMatch(/repeats row 3/)
  })

  it('runs the schema: an invalid id rejects the row with its column', async () => {
    const csv = 'id;Название;Регион;Отрасль\nплохой id;Завод;RU-SMO;energy\n'
    const result = table(
      await importFile('x.csv', utf8(csv), { ...options, kind: 'enterprises' }),
    )
    expect(result.records).toEqual([])
    expect(result.issues[0]).toMatchObject({
      row: 2,
      column: 'id',
      code: 'invalid-record',
    })
  })

  it('warns about a position far from its municipality and lists it without coordinates', async () => {
    const csv =
      'id;Название;Район;Отрасль;Координаты\nfar-1;Завод;г. Вязьма;energy;«43.1, 131.9»\n'
    const result = table(
      await importFile('x.csv', utf8(csv.replace('«', '').replace('»', '')), {
        ...options,
        kind: 'enterprises',
      }),
    )
    expect(result.withoutPosition).toEqual(['far-1'])
    expect(result.issues.map((i) => i.code)).toContain('far-outside-region')
  })
})

describe('other formats and values', () => {
  it('reads a GeoJSON of points: coordinates from the geometry, fields from properties', async () => {
    const geojson = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [32.05, 54.78] },
          properties: { name: 'Завод А', industry: 'Энергетика' },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
          properties: {},
        },
      ],
    }
    const result = table(
      await importFile('points.geojson', utf8(JSON.stringify(geojson)), {
        ...options,
        kind: 'enterprises',
      }),
    )
    expect(result.format).toBe('geojson')
    expect(result.records).toHaveLength(1)
    expect((result.records[0] as Enterprise).location).toMatchObject({
      lat: 54.78,
      lon: 32.05,
    })
    expect((result.records[0] as Enterprise).region).toBe('RU-SMO')
    expect(result.issues.map((i) => i.code)).toContain('not-a-point')
  })

  it('reads events with an Excel serial date, a month in words and a dotted date', async () => {
    const csv = [
      'Название\tДата\tТип события\tРегионы',
      'Запуск\t45976\tзапуск производства\tСмоленская обл.',
      'Встреча\tноябрь 2025\tвстреча\tRU-SMO',
      'Соглашение\t15.11.2025\tсоглашение\tRU-CHE; RU-SMO',
    ].join('\n')
    const result = table(await importFile('events.tsv', utf8(csv), options))
    expect(result.separator).toBe('\t')
    expect(result.kind).toBe('events')
    const events = result.records as {
      date: string
      datePrecision: string
      type: string
      relevance: string
    }[]
    expect(events.map((e) => [e.date, e.datePrecision, e.type])).toEqual([
      ['2025-11-15', 'day', 'production-launch'],
      ['2025-11', 'month', 'meeting'],
      ['2025-11-15', 'day', 'agreement'],
    ])
    expect(events[0]?.relevance).toBe('smolensk-industry')
  })

  it('checks contract JSON files against the loaded data', async () => {
    const file = {
      schemaVersion: 1,
      records: [{ ...bundled.enterprises[0], id: 'ent-new', industries: ['nope'] }],
    }
    const result = await importFile(
      'enterprises.json',
      utf8(JSON.stringify(file)),
      options,
    )
    if (!result.ok || result.format !== 'contract')
      throw new Error('not a contract import')
    expect(result.datasets.enterprises).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({
      row: 1,
      code: 'unknown-reference',
      field: 'industries[0]',
    })
  })
})

describe('bad files get a clear message', () => {
  const cases: [string, string, Uint8Array][] = [
    ['empty', 'a.csv', new Uint8Array()],
    ['empty', 'a.csv', utf8('  \r\n')],
    ['headers-only', 'a.csv', utf8('Название;ИНН\r\n')],
    ['binary', 'a.bin', new Uint8Array([0, 1, 2, 3, 0, 255])],
    ['not-a-spreadsheet', 'a.xlsx', utf8('not really a workbook')],
    ['no-points', 'a.geojson', utf8('{"type":"FeatureCollection","features":[]}')],
  ]
  it.each(cases)('%s (%s)', async (reason, name, bytes) => {
    const result = await importFile(name, bytes, options)
    expect(result).toMatchObject({ ok: false, fault: { reason, file: name } })
    if (!result.ok) expect(result.fault.message.en.length).toBeGreaterThan(5)
  })

  it('refuses a file over the limit, naming the limit', async () => {
    const bytes = new Uint8Array(4)
    Object.defineProperty(bytes, 'length', { value: 201 * 1024 * 1024 })
    const result = await importFile('big.csv', bytes, options)
    expect(result).toMatchObject({ ok: false, fault: { reason: 'too-large' } })
    if (!result.ok) expect(result.fault.message.ru).toContain('200 МБ')
  })

  it('flags rows with a different number of fields and keeps the rest', async () => {
    const csv =
      'id,Name,Region,Industry\na-1,Один,RU-SMO,energy\na-2,Два,RU-SMO,energy,extra\na-3,Три,RU-SMO\n'
    const result = table(
      await importFile('x.csv', utf8(csv), { ...options, kind: 'enterprises' }),
    )
    expect(result.records.map((r) => r.id)).toEqual(['a-1'])
    expect(
      result.issues
        .filter((i) => i.code === 'row-length')
        .map((i) => [i.row, i.severity]),
    ).toEqual([
      [3, 'error'],
      [4, 'warning'],
    ])
  })
})
