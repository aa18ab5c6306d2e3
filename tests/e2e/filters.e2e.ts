import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { openSideTab, openWatchedPage } from './support/browser'
import { bundledRecords } from './support/bundled'
import { bundledData, expectedFigures } from './support/counting'
import { useServedApp } from './support/app-harness'
import { addFilter, addFilterBox, russianDay, typeDay } from './support/filter-bar'

const app = useServedApp()

async function kpis(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const kind of ['enterprises', 'parks', 'visits', 'events']) {
    out[kind] =
      (await page.getByTestId(`kpi-${kind}`).locator('.kpi__value').textContent()) ?? ''
  }
  return out
}

async function waitForData(page: Page) {
  await page.getByTestId('map').locator('.leaflet-overlay-pane path').first().waitFor()
  await expect
    .poll(() => page.getByTestId('kpi-events').locator('.kpi__value').textContent())
    .toMatch(/^\d/)
}

const industry = 'aerospace'
const from = '2024-07-01'
const to = '2025-11-15'

describe('a planner’s link', () => {
  it('gives the same counts as clicking the same filters, and the contract’s counts', async () => {
    const linked = await openWatchedPage(app.browser, app.url)
    await linked.page.goto(`${app.url}?industry=${industry}&from=${from}&to=${to}`)
    await waitForData(linked.page)
    const fromLink = await kpis(linked.page)

    const clicked = await openWatchedPage(app.browser, app.url)
    await clicked.page.goto(app.url)
    await waitForData(clicked.page)
    // The keyboard: ↓ on the closed list only opens it; typing narrows; Enter adds the one.
    const box = addFilterBox(clicked.page)
    await box.focus()
    await box.press('ArrowDown')
    await box.press('Escape')
    await box.press('ArrowDown')
    await box.press('Escape')
    expect(new URL(clicked.page.url()).searchParams.get('industry')).toBeNull()
    await box.pressSequentially('авиация')
    await box.press('Enter')
    await expect
      .poll(() => new URL(clicked.page.url()).searchParams.get('industry'))
      .toBe(industry)
    await typeDay(clicked.page, 'filter-from', russianDay(from))
    await typeDay(clicked.page, 'filter-to', russianDay(to))
    await expect.poll(() => kpis(clicked.page)).toEqual(fromLink)
    const search = new URL(clicked.page.url()).searchParams
    expect([search.get('industry'), search.get('from'), search.get('to')]).toEqual([
      industry,
      from,
      to,
    ])

    // The README's rules: industry narrows places by their own industries and visits and
    // events through the organisations they link.
    const expected = expectedFigures(bundledData(), { industries: [industry], from, to })
    expect(fromLink).toEqual({
      enterprises: String(expected.enterprises),
      parks: String(expected.parks),
      visits: String(expected.visits),
      events: String(expected.events),
    })
    expect(linked.watch.pageErrors).toEqual([])
    expect(linked.watch.consoleErrors).toEqual([])
    await linked.page.context().close()
    await clicked.page.context().close()
  })

  it('opens the same view in a fresh page, and back/forward move between views', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await page.goto(app.url)
    await waitForData(page)
    await addFilter(page, 'Рославльский муниципальный округ')
    await page
      .getByRole('button', { name: 'Рославльские тормозные системы' })
      .first()
      .click()
    await expect
      .poll(() => new URL(page.url()).searchParams.get('select'))
      .toBe('ent-rts')
    const link = page.url()
    const before = await kpis(page)

    const fresh = await openWatchedPage(app.browser, app.url)
    await fresh.page.goto(link)
    await waitForData(fresh.page)
    await expect.poll(() => kpis(fresh.page)).toEqual(before)
    await expect
      .poll(() => fresh.page.getByTestId('details').locator('h3').textContent())
      .toContain('Рославльские тормозные системы')

    await page.goBack()
    await expect.poll(() => new URL(page.url()).searchParams.get('select')).toBeNull()
    await page.goBack()
    await expect
      .poll(() => new URL(page.url()).searchParams.get('municipality'))
      .toBeNull()
    expect(watch.pageErrors).toEqual([])
    await page.context().close()
    await fresh.page.context().close()
  })
})

describe('cross-filtering and playback', () => {
  it('filters the map and the table when a chart bar is clicked', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await page.goto(app.url)
    await waitForData(page)
    await openSideTab(page, 'table')
    const before = page.getByTestId('records-table').locator('tbody tr')
    await expect.poll(() => before.count()).toBeGreaterThan(0)
    const rowsBefore = await before.count()
    await openSideTab(page, 'charts')
    const chart = page.getByTestId('chart-industries')
    await chart.locator('.recharts-bar-rectangle').first().waitFor()
    await chart.locator('.recharts-bar-rectangle').first().click()
    await expect
      .poll(() => new URL(page.url()).searchParams.get('industry'))
      .not.toBeNull()
    const chosen = new URL(page.url()).searchParams.get('industry') ?? ''
    const places = [
      ...bundledRecords<{ industries: string[] }>('enterprises.json'),
      ...bundledRecords<{ industries: string[] }>('parks.json'),
    ]
    const expected = places.filter((p) => p.industries.includes(chosen)).length
    await openSideTab(page, 'table')
    await expect
      .poll(() => page.getByTestId('records-table').locator('tbody tr').count())
      .toBe(expected)
    expect(expected).toBeLessThan(rowsBefore)
    const markers = await page.getByTestId('map').locator('[data-record-id]').count()
    expect(markers).toBeLessThanOrEqual(expected)
    expect(watch.pageErrors).toEqual([])
    await page.context().close()
  })

  it('advances the cursor while playing', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto(app.url)
    await waitForData(page)
    const cursor = page.getByTestId('timeline-cursor')
    await page.getByTestId('timeline-play').click()
    await expect.poll(() => cursor.textContent(), { timeout: 5000 }).not.toBe('')
    const first = await cursor.textContent()
    await expect.poll(() => cursor.textContent(), { timeout: 10_000 }).not.toBe(first)
    expect(watch.pageErrors).toEqual([])
    await page.context().close()
  })
})
