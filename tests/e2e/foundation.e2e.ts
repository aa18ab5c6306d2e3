import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { openSideTab, openWatchedPage } from './support/browser'
import { useServedApp } from './support/app-harness'
import { bundledData, expectedFigures } from './support/counting'

const app = useServedApp()

describe('the built dashboard on the bundled data', () => {
  it('shows the bundled counts, no data issues, no errors and no foreign requests', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await page.goto(app.url)
    // The README's counting rules over the bundled files, no filter: home-region enterprises,
    // every park, visits from or to the home region, Smolensk industry news.
    const figures = expectedFigures(bundledData(), {})
    const expected = {
      enterprises: figures.enterprises,
      parks: figures.parks,
      visits: figures.visits,
      events: figures.events,
    }
    for (const [kind, count] of Object.entries(expected)) {
      await expect
        .poll(() => page.getByTestId(`kpi-${kind}`).locator('.kpi__value').textContent())
        .toBe(String(count))
    }
    await openSideTab(page, 'quality')
    const issues = page.getByTestId('data-issues')
    await expect
      .poll(() => issues.getByTestId('data-issues-summary').textContent())
      .toBe('Замечаний к данным нет')
    expect(await issues.getByTestId('data-issue').count()).toBe(0)
    expect(await page.locator('h1').textContent()).toBe(
      'Промышленность Смоленской области',
    )
    expect(watch).toEqual({
      consoleErrors: [],
      pageErrors: [],
      cspViolations: [],
      foreignRequests: [],
    })
    await page.context().close()
  })

  it('lists broken records of a user folder and still shows the valid ones', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    // A user folder that is the bundled data with one broken record.
    await page.route(
      (url) => url.pathname.startsWith('/broken/'),
      async (route) => {
        const name = new URL(route.request().url()).pathname.slice('/broken/'.length)
        if (name !== 'enterprises.json') return route.fulfill({ path: `data/${name}` })
        const json = JSON.parse(readFileSync('data/enterprises.json', 'utf8')) as {
          records: Record<string, unknown>[]
        }
        json.records[0] = { ...json.records[0], industries: 'aerospace' }
        return route.fulfill({ json })
      },
    )
    await page.goto(`${app.url}?data=/broken/`)
    // The broken first record is a Smolensk enterprise: one fewer is counted.
    const data = bundledData()
    expect(data.enterprises[0]).toMatchObject({ kind: 'enterprise', region: data.home })
    await expect
      .poll(() =>
        page.getByTestId('kpi-enterprises').locator('.kpi__value').textContent(),
      )
      .toBe(String(expectedFigures(data, {}).enterprises - 1))
    await openSideTab(page, 'quality')
    const issue = page.getByTestId('data-issue').first()
    await expect.poll(() => issue.textContent()).toContain('enterprises.json, запись №1')
    await expect
      .poll(() => page.getByTestId('data-source-banner').textContent())
      .toContain('/broken/')
    expect(watch.pageErrors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
    await page.context().close()
  })
})
