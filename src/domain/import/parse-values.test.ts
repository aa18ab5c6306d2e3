import { describe, expect, it } from 'vitest'

import { buildMunicipalityIndex } from './municipality-names'
import { industryFromOkved } from './okved'
import {
  excelSerialToIso,
  parseCoordinatePair,
  parseDate,
  parseNumber,
  parseWebsite,
} from './parse-values'
import { autoMap, headerSetKey, remap, unmappedColumns } from './header-mapping'
import { guessKind } from './guess-kind'
import { decodeText, looksBinary } from './decode-text'
import { bundled, encodeCp1251, utf8 } from '@/testing/import-data'
import { readCsv } from './read-csv'

describe('values as people type them', () => {
  it.each([
    ['54,7818', 54.7818],
    ['54.7818', 54.7818],
    ['-32,5', -32.5],
    ['1 234,5', 1234.5],
    ['12\u00a0500', 12500],
    ['abc', undefined],
    ['1,2,3', undefined],
  ])('number %j', (text, value) => expect(parseNumber(text)).toBe(value))

  it.each([
    ['54.78, 32.05', { lat: 54.78, lon: 32.05 }],
    ['54,78; 32,05', { lat: 54.78, lon: 32.05 }],
    ['54,7818 32,0453', { lat: 54.7818, lon: 32.0453 }],
    ['54.78,32.05', { lat: 54.78, lon: 32.05 }],
    ['54.78 / 32.05', { lat: 54.78, lon: 32.05 }],
    ['north', undefined],
  ])('coordinate pair %j', (text, value) =>
    expect(parseCoordinatePair(text)).toEqual(value),
  )

  it.each([
    ['15.11.2025', '2025-11-15', 'day'],
    ['2025-11-15', '2025-11-15', 'day'],
    ['2025-11-15T10:00:00', '2025-11-15', 'day'],
    ['2025-11', '2025-11', 'month'],
    ['11.2025', '2025-11', 'month'],
    ['ноябрь 2025', '2025-11', 'month'],
    ['Ноябрь 2025 г.', '2025-11', 'month'],
    ['15 ноября 2025 года', '2025-11-15', 'day'],
    ['November 2025', '2025-11', 'month'],
    ['45976', '2025-11-15', 'day'],
  ])('date %j', (text, date, precision) =>
    expect(parseDate(text)).toEqual({ date, precision }),
  )

  it('refuses dates that do not exist', () => {
    expect(parseDate('31.02.2025')).toBeUndefined()
    expect(parseDate('брюмер 2025')).toBeUndefined()
    expect(parseDate('2025-13')).toBeUndefined()
  })

  it('reads Excel serial dates, the 1900 leap-year bug included', () => {
    expect(excelSerialToIso(45976)).toBe('2025-11-15')
    expect(excelSerialToIso(61)).toBe('1900-03-01')
    expect(excelSerialToIso(45976.75)).toBe('2025-11-15')
    expect(excelSerialToIso(10)).toBeUndefined()
  })

  it('takes websites as typed, refusing other schemes', () => {
    expect(parseWebsite('smaz.ru')).toBe('https://smaz.ru')
    expect(parseWebsite('http://a.ru/x')).toBe('http://a.ru/x')
    expect(parseWebsite('javascript:alert(1)')).toBeUndefined()
  })
})

describe('OKVED codes', () => {
  it.each([
    ['30.30', 'aerospace'],
    ['30.30.32', 'aerospace'],
    ['33.16', 'aerospace'],
    ['25.40', 'defence'],
    ['29.32', 'automotive-components'],
    ['28.92.2', 'road-municipal-machinery'],
    ['28.30', 'agricultural-machinery'],
    ['30.20', 'railway-equipment'],
    ['28.29', 'machinery-general'],
    ['25.72', 'furniture-hardware'],
    ['22.19', 'rubber-products'],
    ['20.15', 'chemicals-fertilisers'],
    ['35.11', 'energy'],
    ['32.12', 'diamond-cutting-jewellery'],
    ['13.10', 'textiles-flax'],
    ['41.20', 'construction'],
    ['52.10', 'logistics'],
    ['84.11', 'public-administration'],
    ['94.11', 'industry-association'],
    ['F', 'construction'],
    ['C30.3', 'aerospace'],
    ['3030', 'aerospace'],
    ['С 30.30', 'aerospace'],
    ['62.01', undefined],
    ['C', undefined],
  ])('%s → %s', (code, industry) => expect(industryFromOkved(code)).toBe(industry))

  it('names only industries of the vocabulary', () => {
    const ids = new Set(bundled.industries.map((i) => i.id))
    for (const code of [
      '30.3',
      '25.4',
      '29',
      '28.92',
      '28.3',
      '30.2',
      '28',
      '25.72',
      '22.1',
      '20',
      '35',
      '32.1',
      '13',
      '23',
      '49',
      '84',
      '94.1',
      'D',
      'F',
      'H',
      'O',
    ])
      expect(ids.has(industryFromOkved(code) ?? '')).toBe(true)
  })
})

describe('municipality names', () => {
  const index = buildMunicipalityIndex(bundled.municipalities)
  it.each([
    ['vyazemsky', 'vyazemsky'],
    ['Вяземский район', 'vyazemsky'],
    ['Вяземский муниципальный округ', 'vyazemsky'],
    ['МО «Вяземский район» Смоленской области', 'vyazemsky'],
    ['Вяземского района', 'vyazemsky'],
    ['г. Вязьма', 'vyazemsky'],
    ['Vyazemsky District', 'vyazemsky'],
    ['Смоленск', 'smolensk-city'],
    ['город Смоленск', 'smolensk-city'],
    ['Смоленский район', 'smolensky'],
    ['Смоленского района', 'smolensky'],
    ['г. Десногорск', 'desnogorsk-city'],
    ['Холм-Жирковский р-н', 'kholm-zhirkovsky'],
    ['Сычевский район', 'sychyovsky'],
  ])('%s → %s', (text, id) => expect(index.find(text)?.id).toBe(id))

  it('finds a municipality inside an address', () => {
    expect(index.findIn('215110, Смоленская обл., г. Вязьма, ул. Ленина, 1')?.id).toBe(
      'vyazemsky',
    )
    expect(index.findIn('ул. Неизвестная, 5')).toBeUndefined()
  })
})

describe('headers', () => {
  it('maps Russian and English variants', () => {
    const headers = [
      'Наименование',
      'Название организации',
      'ИНН',
      'Отрасль',
      'ОКВЭД',
      'Муниципальное образование',
      'Адрес',
      'Широта (lat)',
      'lon',
      'Сайт',
      'Источник',
      'Прочее',
    ]
    expect(autoMap(headers, 'enterprises')).toEqual([
      'nameRu',
      null,
      'inn',
      'industries',
      'okved',
      'municipality',
      'address',
      'lat',
      'lon',
      'website',
      'sources',
      null,
    ])
    expect(autoMap(['Date', 'Title', 'Event type', 'Regions'], 'events')).toEqual([
      'date',
      'title',
      'eventType',
      'regions',
    ])
  })

  it('lets the user remap, lists unmapped columns, keys header sets stably', () => {
    const headers = ['Имя', 'Район']
    const mapping = autoMap(headers, 'enterprises')
    expect(unmappedColumns(headers, mapping)).toEqual(['Имя'])
    const changed = remap(mapping, 0, 'nameRu')
    expect(changed).toEqual(['nameRu', 'municipality'])
    expect(remap(changed, 1, 'nameRu')).toEqual([null, 'nameRu'])
    expect(headerSetKey(['Имя', 'Район'])).toBe(headerSetKey([' имя ', 'РАЙОН']))
    expect(headerSetKey(['Имя', 'Район'])).not.toBe(headerSetKey(['Район', 'Имя']))
  })

  it('guesses the dataset by file name, then by headers', () => {
    expect(guessKind('enterprises-2025.csv', ['x']).kind).toBe('enterprises')
    expect(guessKind('Визиты.xlsx', ['x']).kind).toBe('visits')
    expect(guessKind('data.csv', ['Откуда', 'Куда', 'Дата']).kind).toBe('visits')
    expect(guessKind('data.csv', ['Тип события', 'Дата', 'Значимость']).kind).toBe(
      'events',
    )
    expect(guessKind('data.csv', ['Площадь, га', 'Название']).kind).toBe('parks')
    expect(guessKind('data.csv', ['???'])).toMatchObject({
      kind: 'enterprises',
      by: 'default',
    })
  })
})

describe('text files', () => {
  it('decodes UTF-8 with and without BOM, and Windows-1251', () => {
    expect(decodeText(utf8('\uFEFFПривет'))).toEqual({
      text: 'Привет',
      encoding: 'utf-8',
    })
    expect(decodeText(utf8('Привет'))).toEqual({ text: 'Привет', encoding: 'utf-8' })
    expect(decodeText(encodeCp1251('Привет, «ёлка» №1'))).toEqual({
      text: 'Привет, «ёлка» №1',
      encoding: 'windows-1251',
    })
    const utf16 = new Uint8Array([
      0xff, 0xfe, 0x1f, 0x04, 0x40, 0x04, 0x09, 0x00, 0x78, 0x00,
    ])
    expect(decodeText(utf16)).toEqual({ text: 'Пр\tx', encoding: 'utf-16le' })
    expect(looksBinary(utf16)).toBe(false)
    expect(looksBinary(utf8('a;b\r\n'))).toBe(false)
    expect(looksBinary(new Uint8Array([0x50, 0, 1]))).toBe(true)
  })

  it('reads quoted cells with separators, quotes and line breaks', () => {
    const result = readCsv(
      'a.csv',
      'a;b\r\n"x;1";"say ""hi""\r\nthere"\r\n\r\nlast;row\r\n',
    )
    if (!result.ok) throw new Error('not read')
    expect(result.table.rows).toEqual([
      { row: 2, cells: ['x;1', 'say "hi"\r\nthere'] },
      { row: 4, cells: ['last', 'row'] },
    ])
  })

  it('cuts a huge cell and says so', () => {
    const result = readCsv('a.csv', `a,b\n1,${'x'.repeat(40_000)}\n`)
    if (!result.ok) throw new Error('not read')
    expect(result.table.rows[0]?.cells[1]).toHaveLength(32_767)
    expect(result.issues[0]).toMatchObject({ row: 2, column: 'b', code: 'cell-too-long' })
  })
})
