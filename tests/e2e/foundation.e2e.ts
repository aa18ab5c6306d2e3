import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { openWatchedPage } from './support/browser'
import { useServedApp } from './support/app-harness'

function bundledCount(file: string): number {
  const json = JSON.parse(readFileSync(`data/${file}`, 'utf8')) as { records: unknown[] }
  return json.records.length
}

const app = useServedApp()

describe('the built dashboard on the bundled data', () => {
  it('shows the bundled counts, no data issues, no errors and no foreign requests', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await page.goto(app.url)
    const expected = {
      enterprises: bundledCount('enterprises.json'),
      parks: bundledCount('parks.json'),
      visits: bundledCount('visits.json'),
      // Events show Smolensk industry news by default.
      events: (
        JSON.parse(readFileSync('data/events.json', 'utf8')) as {
          records: { relevance: string }[]
        }
      ).records.filter((e) => e.relevance === 'smolensk-industry').length,
    }
    for (const [kind, count] of Object.entries(expected)) {
      await expect
        .poll(() => page.getByTestId(`kpi-${kind}`).locator('.kpi__value').textContent())
        .toBe(String(count))
    }
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
    const total = bundledCount('enterprises.json')
    await expect
      .poll(() =>
        page.getByTestId('kpi-enterprises').locator('.kpi__value').textContent(),
      )
      .toBe(String(total - 1))
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
