import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { openSideTab, openWatchedPage } from './support/browser'
import { useServedApp } from './support/app-harness'

const app = useServedApp()

/** The municipality chart's counts by municipality id, read from its table of numbers. */
async function chartCounts(page: Page): Promise<Record<string, number>> {
  if ((await page.locator('#side-tab-charts[aria-selected="true"]').count()) === 0)
    await openSideTab(page, 'charts')
  const chart = page.getByTestId('chart-municipalities')
  // The numbers sit in the chart's data table, behind its «Таблица данных» summary.
  if (
    !(await chart
      .locator('details.chart__data')
      .evaluate((d) => (d as HTMLDetailsElement).open))
  )
    await chart.locator('details.chart__data > summary').click()
  await chart.locator('button[data-value]').first().waitFor()
  return chart.locator('tbody tr').evaluateAll((rows) =>
    Object.fromEntries(
      rows.flatMap((row) => {
        const id = row.querySelector('button[data-value]')?.getAttribute('data-value')
        const count = Number(
          (row.querySelector('td')?.textContent ?? '').replace(/\D/g, ''),
        )
        return id ? [[id, count]] : []
      }),
    ),
  )
}

/** The municipal layer's symbols: municipality id → the count each shows. */
async function symbolCounts(page: Page): Promise<Record<string, number>> {
  return page
    .getByTestId('map')
    .locator('[data-municipality]')
    .evaluateAll((symbols): Record<string, number> =>
      Object.fromEntries(
        symbols.map((s) => [
          s.getAttribute('data-municipality') ?? '',
          Number(s.textContent),
        ]),
      ),
    )
}

async function openWithMunicipalLayer(search: string): Promise<Page> {
  const { page } = await openWatchedPage(app.browser, app.url, {
    width: 1440,
    height: 900,
  })
  await page.goto(`${app.url}${search}`)
  await page.getByTestId('layer-municipal').check()
  await page.getByTestId('map').locator('[data-municipality]').first().waitFor()
  return page
}

describe('the municipal view', () => {
  it.each([
    ['no filter', ''],
    ['food industry', '?industry=food'],
    [
      'light industry and textiles, enterprises only',
      '?industry=light-industry,textiles-flax&kind=enterprise',
    ],
  ])('carries the municipality chart’s counts with %s', async (_label, search) => {
    const page = await openWithMunicipalLayer(search)
    await expect.poll(() => symbolCounts(page)).toEqual(await chartCounts(page))
    const symbols = await symbolCounts(page)
    expect(Object.keys(symbols).length).toBeGreaterThan(1)
    await page.context().close()
  })

  it('sets the municipality filter when a symbol is clicked', async () => {
    const page = await openWithMunicipalLayer('')
    const symbols = await symbolCounts(page)
    const [id] = Object.entries(symbols).sort((a, b) => a[1] - b[1])[0] ?? []
    expect(id).toBeDefined()
    await page.getByTestId('map').locator(`[data-municipality="${id}"]`).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('municipality')).toBe(id)
    // The chart's own bar is now pressed, and the symbols still show every municipality.
    await chartCounts(page)
    await expect
      .poll(() =>
        page
          .getByTestId('chart-municipalities')
          .locator(`button[data-value="${id}"]`)
          .getAttribute('aria-pressed'),
      )
      .toBe('true')
    expect(await symbolCounts(page)).toEqual(symbols)
    await page.context().close()
  })
})
