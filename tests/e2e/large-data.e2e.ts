import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import {
  type SyntheticReference,
  generateSynthetic,
} from '../../scripts/synthetic/generate'
import { WORKER_MIN_CHARS } from '../../src/features/datasets/share-validation'
import { openWatchedPage } from './support/browser'
import { useServedApp } from './support/app-harness'

const app = useServedApp()

function reference(): SyntheticReference {
  const records = (file: string) =>
    (JSON.parse(readFileSync(`data/${file}`, 'utf8')) as { records: never[] }).records
  return {
    regions: records('regions.json'),
    municipalities: records('municipalities.json'),
    industries: records('industries.json'),
  }
}

/** Large enough for the page to share validation with a worker (over 4 million characters). */
const ENTERPRISES = 25_000

describe('a large data folder', () => {
  it('is validated in a worker and the page alike: broken records in either part are listed, the rest shown', async () => {
    const { files } = generateSynthetic(
      { enterprises: ENTERPRISES, events: 100, visits: 10, parks: 5 },
      reference(),
    )
    const enterprises = files['enterprises.json'] as {
      records: Record<string, unknown>[]
    }
    // Broken records far apart, in ranges the page and the worker validate (whichever takes
    // them), and one with an unknown field, kept with a warning.
    const broken = [10, ENTERPRISES - 10]
    for (const index of broken)
      enterprises.records[index] = { ...enterprises.records[index], industries: 'x' }
    enterprises.records[ENTERPRISES - 5] = {
      ...enterprises.records[ENTERPRISES - 5],
      colour: 'red',
    }
    const body = JSON.stringify(enterprises)
    expect(body.length).toBeGreaterThan(WORKER_MIN_CHARS)

    const { page, watch } = await openWatchedPage(app.browser, app.url)
    const workers: string[] = []
    page.on('worker', (worker) => workers.push(worker.url()))
    await page.route(
      (url) => url.pathname.startsWith('/big/'),
      async (route) => {
        const name = new URL(route.request().url()).pathname.slice('/big/'.length)
        if (name.startsWith('geo/')) return route.fulfill({ path: `data/${name}` })
        if (name === 'enterprises.json')
          return route.fulfill({ body, contentType: 'application/json' })
        return route.fulfill({ json: files[name] })
      },
    )
    await page.goto(`${app.url}?data=/big/`)
    await expect
      .poll(
        () => page.getByTestId('kpi-enterprises').locator('.kpi__value').textContent(),
        { timeout: 30_000 },
      )
      .toBe((ENTERPRISES - broken.length).toLocaleString('ru-RU'))
    const issues = page.getByTestId('data-issue')
    await expect.poll(() => issues.count()).toBe(broken.length + 1)
    const texts = await issues.allTextContents()
    for (const index of broken)
      expect(texts.some((text) => text.includes(`запись №${index + 1} `))).toBe(true)
    expect(
      texts.some(
        (text) =>
          text.includes(`запись №${ENTERPRISES - 4} `) && text.includes('предупреждение'),
      ),
    ).toBe(true)
    // A single-core machine validates on the page alone.
    const cores = await page.evaluate(() => navigator.hardwareConcurrency)
    expect(workers.some((url) => url.includes('validate-worker'))).toBe(cores > 1)
    expect(watch.pageErrors).toEqual([])
    expect(watch.consoleErrors).toEqual([])
    await page.context().close()
  })
})
