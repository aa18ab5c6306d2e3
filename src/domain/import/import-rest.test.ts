// @vitest-environment node
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { tablesToXlsx } from '../export/xlsx-export'
import { boundaryCollectionSchema } from '../schema/geo'
import type { Municipality } from '../schema/reference'
import { homeAreaOf, homeRegionTest } from './home-region'
import { importFile } from './import-file'
import { bundled, options } from '@/testing/import-data'

const home = boundaryCollectionSchema.parse(
  JSON.parse(
    readFileSync(new URL('../../../data/geo/home.geojson', import.meta.url), 'utf8'),
  ),
)
const municipalities: readonly Municipality[] = bundled.municipalities

/** Liozno, Vitebsk oblast of Belarus: ~18 km west of Rudnya's centre, across the border. */
const LIOZNO = { lat: 55.024, lon: 30.797 }
const SMOLENSK = { lat: 54.7826, lon: 32.0453 }

describe('home region by its outline', () => {
  it('takes the home feature of the loaded boundaries', () => {
    const area = homeAreaOf(home, 'RU-SMO')
    expect(area?.length).toBeGreaterThan(0)
    expect(homeAreaOf(undefined, 'RU-SMO')).toBeUndefined()
    expect(homeAreaOf({ type: 'FeatureCollection', features: [] }, 'RU-SMO')).toBe(
      undefined,
    )
  })

  it('decides by point in polygon when the outline is given, by centres otherwise', () => {
    const byOutline = homeRegionTest(municipalities, homeAreaOf(home, 'RU-SMO'))
    const byCentres = homeRegionTest(municipalities)
    expect(byOutline(SMOLENSK.lat, SMOLENSK.lon)).toBe(true)
    expect(byCentres(SMOLENSK.lat, SMOLENSK.lon)).toBe(true)
    // Within 45 km of a centre, but in Belarus: only the outline gets it right.
    expect(byCentres(LIOZNO.lat, LIOZNO.lon)).toBe(true)
    expect(byOutline(LIOZNO.lat, LIOZNO.lon)).toBe(false)
  })

  it('an imported row with no region outside the outline is not put in the home region', async () => {
    const csv = new TextEncoder().encode(
      'Название;Широта;Долгота;Отрасли\nЗавод у границы;55,024;30,797;Машиностроение (общее)\nЗавод в Смоленске;54,78;32,04;Машиностроение (общее)\n',
    )
    const withArea = await importFile('заводы.csv', csv, {
      ...options,
      kind: 'enterprises',
      homeArea: homeAreaOf(home, 'RU-SMO'),
    })
    const without = await importFile('заводы.csv', csv, {
      ...options,
      kind: 'enterprises',
    })
    if (!withArea.ok || withArea.format === 'contract') throw new Error('not read')
    if (!without.ok || without.format === 'contract') throw new Error('not read')
    expect((without.records as { region: string }[]).map((r) => r.region)).toEqual([
      'RU-SMO',
      'RU-SMO',
    ])
    expect((withArea.records as { region: string }[]).map((r) => r.region)).toEqual([
      'RU-SMO',
    ])
    expect(withArea.rejected.map((r) => r.row)).toEqual([2])
  })
})

describe('a workbook with several sheets', () => {
  it('reads the first sheet, or the one picked, and lists them all', async () => {
    const bytes = await tablesToXlsx([
      { name: 'Пояснения', table: { fields: ['Что'], rows: [['Это не данные']] } },
      {
        name: 'Визиты',
        table: {
          fields: ['Название', 'Дата', 'Откуда', 'Куда'],
          rows: [['Визит из Брянска', '2025-10-01', 'RU-BRY', 'RU-SMO']],
        },
      },
    ])
    const first = await importFile('книга.xlsx', bytes, options)
    if (!first.ok || first.format !== 'xlsx') throw new Error('not read')
    expect(first.sheets).toEqual(['Пояснения', 'Визиты'])
    expect(first.sheet).toBe('Пояснения')
    const picked = await importFile('книга.xlsx', bytes, { ...options, sheet: 'Визиты' })
    if (!picked.ok || picked.format !== 'xlsx') throw new Error('not read')
    expect(picked.sheet).toBe('Визиты')
    expect(picked.kind).toBe('visits')
    expect(
      (picked.records as { title: { ru: string } }[]).map((r) => r.title.ru),
    ).toEqual(['Визит из Брянска'])
  })
})

describe('contract JSON files', () => {
  it('list ids of the loaded data and ids repeated in the file, and show each once', async () => {
    const bundledOne = bundled.enterprises[0] as { id: string }
    const mine = { ...bundled.enterprises[1], id: 'my-plant' }
    const text = JSON.stringify({
      schemaVersion: 1,
      records: [bundledOne, mine, { ...mine }],
    })
    const result = await importFile(
      'enterprises.json',
      new TextEncoder().encode(text),
      options,
    )
    if (!result.ok || result.format !== 'contract') throw new Error('not a contract')
    expect(result.datasets.enterprises?.map((r) => r.id)).toEqual(['my-plant'])
    const duplicates = result.issues.filter((i) => i.code === 'duplicate-id')
    expect(duplicates.map((i) => [i.id, i.row])).toEqual(
      expect.arrayContaining([
        [bundledOne.id, 1],
        ['my-plant', 3],
      ]),
    )
    expect(duplicates).toHaveLength(2)
  })
})
