import { readFileSync } from 'node:fs'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { openSideTab, openWatchedPage, type PageWatch } from './support/browser'
import { bundledPlaces, bundledRecords } from './support/bundled'
import { useServedApp } from './support/app-harness'

const app = useServedApp()

const placed = bundledPlaces().filter((p) => p.location.precision !== 'unknown')
const unplaced = bundledPlaces().filter((p) => p.location.precision === 'unknown')

async function openMap(search = ''): Promise<{ page: Page; watch: PageWatch }> {
  const opened = await openWatchedPage(app.browser, app.url)
  await opened.page.goto(`${app.url}${search}`)
  await opened.page
    .getByTestId('map')
    .locator('.leaflet-overlay-pane path')
    .first()
    .waitFor()
  return opened
}

function clean(watch: PageWatch) {
  expect(watch).toEqual({
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    foreignRequests: [],
  })
}

describe('the map on the bundled data', () => {
  it('draws the basemap, every placed record, the unplaced note and the Chelyabinsk flow', async () => {
    const { page, watch } = await openMap()
    const map = page.getByTestId('map')
    // Home region, neighbours and partners are drawn from the offline boundary files.
    expect(
      await map.locator('.leaflet-overlay-pane path').count(),
    ).toBeGreaterThanOrEqual(3)
    await page.getByRole('button', { name: 'Все партнёры' }).click()
    await expect.poll(() => map.locator('[data-record-id]').count()).toBe(placed.length)
    expect(await page.getByTestId('unplaced').locator('summary').textContent()).toBe(
      `Без координат: ${unplaced.length}`,
    )
    expect(await map.locator('path.flow-RU-CHE-RU-SMO').count()).toBe(1)
    expect(await map.locator('.leaflet-control-attribution').textContent()).toContain(
      'Natural Earth',
    )
    await openSideTab(page, 'table')
    const rows = page.getByTestId('records-table').locator('tbody tr')
    // The table is built after the first view: wait for it rather than read it once.
    await expect.poll(() => rows.count()).toBe(placed.length + unplaced.length)
    clean(watch)
    await page.context().close()
  })

  it('opens the details of a clicked marker with its name and sources', async () => {
    const { page, watch } = await openMap()
    const rts = bundledRecords<{ id: string; name: { ru: string }; sources: string[] }>(
      'enterprises.json',
    ).find((r) => r.id === 'ent-rts')
    if (!rts) throw new Error('ent-rts is missing from the bundled data')
    await page.getByTestId('map').locator('[data-record-id="ent-rts"]').click()
    const details = page.getByTestId('details')
    await expect.poll(() => details.locator('h3').textContent()).toBe(rts.name.ru)
    const links = details.locator('.details__sources a')
    expect(await links.count()).toBe(rts.sources.length)
    for (const link of await links.all()) {
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer')
      expect(await link.getAttribute('href')).toMatch(/^https?:\/\//)
    }
    clean(watch)
    await page.context().close()
  })

  it('opens a marker from the keyboard', async () => {
    const { page } = await openMap()
    const marker = page.getByTestId('map').locator('[data-record-id="ent-smaz"]')
    await marker.focus()
    expect(await marker.getAttribute('aria-label')).toContain(
      'Смоленский авиационный завод',
    )
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.getByTestId('details').locator('h3').textContent())
      .toContain('Смоленский авиационный завод')
    await page.context().close()
  })

  it('hides and shows layers with the toggles, in map and table alike', async () => {
    const { page } = await openMap()
    const map = page.getByTestId('map')
    await openSideTab(page, 'table')
    const table = page.getByTestId('records-table')
    await page.getByRole('button', { name: 'Все партнёры' }).click()
    const enterprises = bundledRecords<{ id: string }>('enterprises.json')
    const parks = bundledRecords<{ id: string }>('parks.json')
    await page.getByTestId('layer-enterprises').uncheck()
    await expect
      .poll(() => map.locator(`[data-record-id="${enterprises[0]?.id}"]`).count())
      .toBe(0)
    expect(await table.locator('tbody tr').count()).toBe(parks.length)
    await page.getByTestId('layer-visits').uncheck()
    await expect.poll(() => map.locator('path.flow-line').count()).toBe(0)
    await page.getByTestId('layer-enterprises').check()
    await page.getByTestId('layer-visits').check()
    await expect.poll(() => map.locator('path.flow-line').count()).toBeGreaterThan(0)
    expect(await table.locator('tbody tr').count()).toBe(
      enterprises.length + parks.length,
    )
    await page.context().close()
  })
})

describe('hostile text in the data', () => {
  it('stays literal text in the tooltip and the details panel', async () => {
    const hostile = '<img src=x onerror="window.__xss=1">Завод'
    const opened = await openWatchedPage(app.browser, app.url)
    const { page, watch } = opened
    await page.route(
      (url) => url.pathname.startsWith('/hostile/'),
      async (route) => {
        const name = new URL(route.request().url()).pathname.slice('/hostile/'.length)
        if (name !== 'enterprises.json') return route.fulfill({ path: `data/${name}` })
        const json = JSON.parse(readFileSync('data/enterprises.json', 'utf8')) as {
          records: { id: string; name: { ru: string } }[]
        }
        for (const record of json.records)
          if (record.id === 'ent-rts') record.name.ru = hostile
        return route.fulfill({ json })
      },
    )
    await page.goto(`${app.url}?data=/hostile/`)
    const marker = page.getByTestId('map').locator('[data-record-id="ent-rts"]')
    await marker.hover()
    const tooltip = page.locator('.leaflet-tooltip-pane .map-tooltip')
    await expect.poll(() => tooltip.first().textContent()).toContain(hostile)
    await marker.click()
    await expect
      .poll(() => page.getByTestId('details').locator('h3').textContent())
      .toBe(hostile)
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined()
    expect(watch.pageErrors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
    await page.context().close()
  })
})
