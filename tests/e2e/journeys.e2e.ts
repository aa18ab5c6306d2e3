import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { useServedApp } from './support/app-harness'
import { expectClean, openSideTab, openWatchedPage } from './support/browser'
import { bundledRecords } from './support/bundled'
import { addFilter, russianDay } from './support/filter-bar'
import { bundledData, expectedFigures } from './support/counting'

/**
 * The three users' journeys, each failing on any console error, page error, CSP violation or
 * request that leaves the app's origin.
 */
const app = useServedApp()

async function kpis(page: Page): Promise<string[]> {
  return Promise.all(
    ['enterprises', 'parks', 'visits', 'events'].map(
      async (kind) => (await page.getByTestId(`kpi-${kind}`).textContent()) ?? '',
    ),
  )
}

describe('the official', () => {
  it('opens the dashboard, reads the KPI tiles, opens an enterprise and reads its sources', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await page.goto(app.url)
    const enterprises = bundledRecords('enterprises.json')
    await expect
      .poll(() =>
        page.getByTestId('kpi-enterprises').locator('.kpi__value').textContent(),
      )
      .toBe(String(expectedFigures(bundledData(), {}).enterprises))
    const smaz = enterprises.find((e) => e.id === 'ent-smaz')
    if (!smaz) throw new Error('ent-smaz is missing from the bundled data')
    await page.getByTestId('map').locator('[data-record-id="ent-smaz"]').click()
    const details = page.getByTestId('details')
    await expect.poll(() => details.locator('h3').textContent()).toBe(smaz.name.ru)
    const sources = details.locator('.details__sources li')
    expect(await sources.count()).toBe(smaz.sources.length)
    // The card says how precise the marker is, as the data records it.
    expect(await details.textContent()).toContain(
      smaz.location.precision === 'stand-in' ? 'приблизительно' : 'по населённому пункту',
    )
    expectClean(watch)
    await page.context().close()
  })
})

describe('the planner', () => {
  it('filters, narrows the period on the timeline, sends the link and gets the same view', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: app.url,
    })
    await page.goto(app.url)
    await page.getByTestId('map').locator('.leaflet-overlay-pane path').first().waitFor()
    await addFilter(page, 'Автокомпоненты')
    await addFilter(page, 'Рославльский муниципальный округ')
    await expect
      .poll(() => new URL(page.url()).searchParams.get('municipality'))
      .toBe('roslavlsky')

    // Narrow the period by dragging the timeline brush's left handle to the right.
    const traveller = page.locator('.timeline-brush__handle').first()
    await traveller.waitFor()
    await traveller.scrollIntoViewIfNeeded()
    const box = await traveller.boundingBox()
    const brush = await page.locator('.timeline-brush').first().boundingBox()
    if (!box || !brush) throw new Error('the timeline brush is not drawn')
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(brush.x + brush.width * 0.6, box.y + box.height / 2, {
      steps: 8,
    })
    await page.mouse.up()
    const search = () => new URL(page.url()).searchParams
    await expect.poll(() => search().get('from')).toMatch(/^\d{4}-\d{2}-01$/)
    const from = search().get('from')
    // The period starts at a month, and the filter bar shows the same period as the link.
    expect(await page.getByTestId('filter-from').inputValue()).toBe(russianDay(from))
    expect(await page.getByTestId('filter-to').inputValue()).toBe(
      russianDay(search().get('to')),
    )

    await page.getByTestId('copy-link').click()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(link).toBe(page.url())
    const view = await kpis(page)

    const colleague = await openWatchedPage(app.browser, app.url)
    await colleague.page.goto(link)
    await openSideTab(colleague.page, 'table')
    await expect.poll(() => kpis(colleague.page)).toEqual(view)
    await openSideTab(page, 'table')
    // Both tables are built after the first view: wait for the planner's, then compare.
    const mine = page.getByTestId('records-table').locator('tbody tr')
    await expect.poll(() => mine.count()).toBeGreaterThan(0)
    const rows = colleague.page.getByTestId('records-table').locator('tbody tr')
    await expect.poll(() => rows.count()).toBe(await mine.count())
    expectClean(watch)
    expectClean(colleague.watch)
    await page.context().close()
    await colleague.page.context().close()
  })
})
