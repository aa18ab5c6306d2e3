import { readFileSync } from 'node:fs'

import Papa from 'papaparse'
import type { Download, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { useServedApp } from './support/app-harness'
import { expectClean, openWatchedPage } from './support/browser'
import { bundledData, expectedFigures } from './support/counting'

const app = useServedApp()

async function openDashboard(page: Page, search = '') {
  await page.goto(`${app.url}${search}`)
  await page.locator('[role="tabpanel"] .panel').first().waitFor()
  await page.getByTestId('map').locator('.leaflet-overlay-pane path').first().waitFor()
}

/** Opens the export menu, picks an item and returns the download it starts. */
async function exportItem(page: Page, testId: string): Promise<Download> {
  await page.getByTestId('export-menu').click()
  const download = page.waitForEvent('download', { timeout: 30_000 })
  await page.getByTestId(testId).click()
  return download
}

async function bytesOf(download: Download): Promise<Buffer> {
  return readFileSync(await download.path())
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Width and height from the IHDR chunk, which always comes first. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

interface Captured {
  width: number
  height: number
  ratio: number
  stamp: string
}

/**
 * Records the size of the element being captured at the moment the stamp is appended to
 * it, i.e. the element exactly as it is drawn into the image.
 */
async function watchCaptures(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { captured: Captured[] }
    w.captured = []
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if (!(node instanceof HTMLElement) || !node.classList.contains('export-stamp'))
            continue
          const target = record.target as HTMLElement
          const style = getComputedStyle(target)
          w.captured.push({
            width:
              target.clientWidth +
              parseFloat(style.borderLeftWidth) +
              parseFloat(style.borderRightWidth),
            height:
              target.clientHeight +
              parseFloat(style.borderTopWidth) +
              parseFloat(style.borderBottomWidth),
            ratio: window.devicePixelRatio,
            stamp: node.textContent ?? '',
          })
        }
    }).observe(document.body, { childList: true, subtree: true })
  })
}

async function capturedOf(page: Page): Promise<Captured> {
  const captured = await page.evaluate(
    () => (window as unknown as { captured: Captured[] }).captured,
  )
  expect(captured).toHaveLength(1)
  return captured[0] as Captured
}

function expectImageOf(bytes: Buffer, captured: Captured) {
  const { width, height } = pngSize(bytes)
  expect(
    Math.abs(width - Math.floor(captured.width * captured.ratio)),
  ).toBeLessThanOrEqual(1)
  expect(
    Math.abs(height - Math.floor(captured.height * captured.ratio)),
  ).toBeLessThanOrEqual(1)
}

describe('PNG export', () => {
  it('saves the whole dashboard, stamped with the data date, filters and sources', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await openDashboard(page, '?industry=aerospace')
    await watchCaptures(page)
    const download = await exportItem(page, 'export-png-dashboard')
    expect(download.suggestedFilename()).toMatch(
      /^promkarta-dashboard-\d{4}-\d{2}-\d{2}\.png$/,
    )
    const bytes = await bytesOf(download)
    const captured = await capturedOf(page)
    expect(captured.ratio).toBe(1)
    expectImageOf(bytes, captured)
    expect(captured.stamp).toContain('Промышленность Смоленской области')
    expect(captured.stamp).toContain('Данные на 24 ноября 2026')
    expect(captured.stamp).toContain('Отрасль: Авиация и космос')
    expect(captured.stamp).toContain('Источники:')
    // The stamp is gone again, and the menu says the file was saved.
    expect(await page.locator('.export-stamp').count()).toBe(0)
    await expect
      .poll(() => page.locator('.export__status').textContent())
      .toContain(download.suggestedFilename())
    expectClean(watch)
    await page.context().close()
  })

  it('saves the map panel at the screen’s pixel ratio', async () => {
    const context = await app.browser.newContext({
      viewport: { width: 1280, height: 900 },
      deviceScaleFactor: 2,
      locale: 'ru-RU',
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await openDashboard(page)
    await watchCaptures(page)
    const download = await exportItem(page, 'export-png-map')
    expect(download.suggestedFilename()).toMatch(/^promkarta-map-\d{4}-\d{2}-\d{2}\.png$/)
    const bytes = await bytesOf(download)
    const captured = await capturedOf(page)
    expect(captured.ratio).toBe(2)
    expectImageOf(bytes, captured)
    expect(bytes.length).toBeGreaterThan(10_000)
    expect(captured.stamp).toContain('Фильтры: не заданы')
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('CSV and GeoJSON export', () => {
  it('saves one CSV row per row of the records table, with a BOM, after a filter', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await openDashboard(page, '?industry=aerospace&tab=table')
    const table = page.getByTestId('records-table')
    // The table is built after the first view: wait for its rows before reading them.
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(0)
    const ids = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-record-id')))
    expect(ids.length).toBeGreaterThan(0)

    const download = await exportItem(page, 'export-csv-places')
    expect(download.suggestedFilename()).toMatch(
      /^promkarta-places-\d{4}-\d{2}-\d{2}\.csv$/,
    )
    const bytes = await bytesOf(download)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.subarray(3).toString('utf8')
    expect(text.split('\r\n')[0]).toMatch(
      /^Идентификатор;Тип записи;Вид;Название \(рус\.\)/,
    )
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    const [header, ...rows] = parsed.data
    expect(header?.[0]).toBe('Идентификатор')
    expect(rows).toHaveLength(ids.length)
    expect(rows.map((row) => row[0]).sort()).toEqual([...ids].sort())
    const industries = header?.indexOf('Отрасли') ?? -1
    for (const row of rows) expect(row[industries]).toContain('Авиация и космос')
    expectClean(watch)
    await page.context().close()
  })

  it('saves the visits and events that pass the filters, as the tiles and timeline count them', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await openDashboard(page, '?from=2024-07-01&to=2025-11-15')
    const figures = expectedFigures(bundledData(), {
      from: '2024-07-01',
      to: '2025-11-15',
    })
    // The events tile counts every event that passes; the visits tile only those from or to
    // the home region, while the file has every visit that passes.
    expect(
      await page.getByTestId('kpi-events').locator('.kpi__value').textContent(),
    ).toBe(String(figures.events))
    expect(
      await page.getByTestId('kpi-visits').locator('.kpi__value').textContent(),
    ).toBe(String(figures.visits))
    for (const [dataset, rowsExpected] of [
      ['visits', figures.allVisits],
      ['events', figures.events],
    ] as const) {
      const download = await exportItem(page, `export-csv-${dataset}`)
      expect(download.suggestedFilename()).toContain(`promkarta-${dataset}-`)
      const text = (await bytesOf(download)).toString('utf8')
      expect(text.startsWith('\uFEFF')).toBe(true)
      const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data
      expect(rows.length - 1).toBe(rowsExpected)
      expect(rows[0]).toContain('Дата (ISO)')
    }
    expectClean(watch)
    await page.context().close()
  })

  it('saves the placed enterprises and parks as GeoJSON, counting the unplaced', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await openDashboard(page, '?industry=aerospace&tab=table')
    const rows = page.getByTestId('records-table').locator('tbody tr')
    const download = await exportItem(page, 'export-geojson')
    expect(download.suggestedFilename()).toMatch(
      /^promkarta-places-\d{4}-\d{2}-\d{2}\.geojson$/,
    )
    const collection = JSON.parse((await bytesOf(download)).toString('utf8')) as {
      type: string
      metadata: { omitted: { count: number } }
      features: { geometry: { coordinates: number[] }; properties: { id: string } }[]
    }
    expect(collection.type).toBe('FeatureCollection')
    // The table is built after the first view: wait for it rather than read it once.
    await expect
      .poll(() => rows.count())
      .toBe(collection.features.length + collection.metadata.omitted.count)
    for (const feature of collection.features)
      expect(feature.geometry.coordinates).toHaveLength(2)
    expectClean(watch)
    await page.context().close()
  })
})

describe('the export menu and the printed brief', () => {
  it('opens and closes by keyboard, returning focus to its button', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await openDashboard(page)
    const toggle = page.getByTestId('export-menu')
    await toggle.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true')
    expect(await page.getByTestId('export-print').isVisible()).toBe(true)
    await page.keyboard.press('ArrowDown')
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
      )
      .toBe('export-png-dashboard')
    await page.keyboard.press('Escape')
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false')
    expect(await page.getByTestId('export-print').isVisible()).toBe(false)
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
    ).toBe('export-menu')
    expectClean(watch)
    await page.context().close()
  })

  it('prints the view on exactly one A4 landscape page, with the filters stated', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await openDashboard(page, '?industry=aerospace,defence&from=2024-07-01&tab=charts')
    await page
      .getByTestId('chart-industries')
      .locator('.recharts-bar-rectangle')
      .first()
      .waitFor()
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true })
    const text = pdf.toString('latin1')
    expect(text.startsWith('%PDF-')).toBe(true)
    // Page objects, not the page tree (`/Type /Pages`).
    expect(text.match(/\/Type\s*\/Page(?![a-z])/g) ?? []).toHaveLength(1)

    await page.emulateMedia({ media: 'print' })
    const brief = page.getByTestId('print-brief')
    // Written when the print media query starts to match, at the next rendering step.
    await expect
      .poll(() => brief.textContent())
      .toContain('Отрасль: Авиация и космос, Оборонная')
    expect(await brief.isVisible()).toBe(true)
    expect(await brief.textContent()).toContain('Период: 1 июля 2024 — …')
    for (const hidden of ['filter-bar', 'export-menu'])
      expect(await page.getByTestId(hidden).isVisible()).toBe(false)
    for (const shown of ['map', 'chart-industries', 'kpi-enterprises'])
      expect(await page.getByTestId(shown).isVisible()).toBe(true)
    await page.emulateMedia({ media: 'screen' })
    expect(await brief.isVisible()).toBe(false)
    expectClean(watch)
    await page.context().close()
  })
})
