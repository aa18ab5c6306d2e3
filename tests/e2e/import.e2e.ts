import * as XLSX from '@e965/xlsx'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { encodeCp1251 } from '@/testing/import-data'

import { useServedApp } from './support/app-harness'
import { expectClean, openWatchedPage } from './support/browser'

const app = useServedApp()

/** A CSV as Russian Excel saves it: Windows-1251, «;», decimal commas; row 4 has no region. */
const CSV = [
  'Наименование;ИНН;Отрасль;Район;Широта;Долгота',
  'ООО «Импорт Один»;6731000001;Энергетика;Вяземский район;55,2117;34,2952',
  'АО «Импорт Два»;6731000002;Энергетика;Гагаринский район;55,5530;35,0110',
  'ИП Без региона;;Энергетика;;;',
].join('\r\n')

/** An XLSX written by the library itself: numbers as numbers, an OKVED code for the industry. */
function workbook(): Buffer {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Название организации', 'ОКВЭД', 'Муниципальное образование', 'lat', 'lon'],
    ['ООО «Книга»', '30.30', 'г. Вязьма', 55.2, 34.3],
  ])
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, sheet, 'Лист1')
  return Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array)
}

const GEOJSON = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [32.05, 54.78] },
      properties: { name: 'Завод из GeoJSON', industry: 'energy', region: 'RU-SMO' },
    },
  ],
})

/** The ids the valid rows get: file name and row (GeoJSON: feature number). */
const IMPORTED = [
  'enterprises-import-r2',
  'enterprises-import-r3',
  'enterprises-book-r2',
  'enterprises-points-r1',
]

async function enterprisesTile(page: Page): Promise<number> {
  const text = await page
    .getByTestId('kpi-enterprises')
    .locator('.kpi__value')
    .textContent()
  return Number((text ?? '').replace(/\D/g, ''))
}

async function openDashboard(page: Page) {
  await page.goto(app.url)
  await page.getByTestId('map').locator('[data-record-id]').first().waitFor()
  await expect.poll(() => enterprisesTile(page)).toBeGreaterThan(0)
}

describe('importing the user’s own files', () => {
  it('adds a CSV, an XLSX and a GeoJSON to the tiles, the map and the quality panel, keeps them over a reload, and removes them', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await openDashboard(page)
    const before = await enterprisesTile(page)

    // The input is in the page without opening anything.
    await page.locator('input[type=file][data-testid="import-input"]').setInputFiles([
      {
        name: 'enterprises-import.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(encodeCp1251(CSV)),
      },
      {
        name: 'enterprises-book.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: workbook(),
      },
      {
        name: 'enterprises-points.geojson',
        mimeType: 'application/geo+json',
        buffer: Buffer.from(GEOJSON),
      },
    ])
    const dialog = page.getByTestId('import-dialog')
    await expect.poll(() => dialog.getByTestId('import-draft').count()).toBe(3)
    const previews = await dialog.getByTestId('import-preview').allTextContents()
    expect(previews[0]).toContain('3 строки, 1 с замечаниями')
    expect(await dialog.textContent()).toContain('ничего не отправляется')
    // The Windows-1251 file is read without mojibake.
    expect(await dialog.textContent()).toContain('Наименование')
    await page.getByTestId('import-confirm').click()

    await expect.poll(() => enterprisesTile(page)).toBe(before + IMPORTED.length)
    const map = page.getByTestId('map')
    for (const id of IMPORTED)
      await expect.poll(() => map.locator(`[data-record-id="${id}"]`).count()).toBe(1)
    await expect
      .poll(() => page.getByTestId('import-banner').textContent())
      .toMatch(/Показаны ваши данные: .*enterprises-import\.csv.*, 4 записи, загружено/)

    const qualityTab = page.locator('#side-tab-quality')
    if ((await qualityTab.count()) > 0) await qualityTab.click()
    const issues = page.getByTestId('data-issues')
    await expect
      .poll(() => issues.textContent())
      .toContain('enterprises-import.csv, строка 4')

    // Kept: a reload shows them again, with the banner.
    await page.reload()
    await expect.poll(() => enterprisesTile(page)).toBe(before + IMPORTED.length)
    await expect
      .poll(() =>
        page.getByTestId('map').locator('[data-record-id="enterprises-book-r2"]').count(),
      )
      .toBe(1)
    await expect.poll(() => page.getByTestId('import-banner').isVisible()).toBe(true)

    // Hidden, then only mine, then removed for good.
    await page.getByRole('button', { name: 'Скрыть мои данные' }).click()
    await expect.poll(() => enterprisesTile(page)).toBe(before)
    await page.getByRole('button', { name: 'Показать только мои' }).click()
    await expect.poll(() => enterprisesTile(page)).toBe(IMPORTED.length)
    await page.getByTestId('import-remove').click()
    await expect.poll(() => enterprisesTile(page)).toBe(before)
    await expect.poll(() => page.getByTestId('import-banner').count()).toBe(0)
    await page.reload()
    await openDashboard(page)
    expect(await enterprisesTile(page)).toBe(before)
    expect(await page.getByTestId('import-banner').count()).toBe(0)

    expectClean(watch)
    await page.context().close()
  })
})
