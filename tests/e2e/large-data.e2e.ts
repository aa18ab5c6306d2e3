import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import {
  type SyntheticReference,
  generateSynthetic,
} from '../../scripts/synthetic/generate'
import { FAST_CHECK_MIN_CHARS } from '../../src/domain/load/large-file'
import { openSideTab, openWatchedPage } from './support/browser'
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

/** Large enough for the compiled first check (over a million characters). */
const ENTERPRISES = 5_000

describe('a large data folder', () => {
  it('is checked by the compiled checks first: broken records are listed by zod, the rest shown', async () => {
    const { files } = generateSynthetic(
      { enterprises: ENTERPRISES, events: 100, visits: 10, parks: 5 },
      reference(),
    )
    const enterprises = files['enterprises.json'] as {
      records: Record<string, unknown>[]
    }
    // Broken records the fast check sends on to zod, and one with an unknown field, kept with
    // a warning.
    const broken = [10, ENTERPRISES - 10]
    for (const index of broken)
      enterprises.records[index] = { ...enterprises.records[index], industries: 'x' }
    enterprises.records[ENTERPRISES - 5] = {
      ...enterprises.records[ENTERPRISES - 5],
      colour: 'red',
    }
    // The tile counts the valid enterprises of kind «enterprise» in the home region.
    const homeEnterprises = enterprises.records.filter(
      (r, i) => !broken.includes(i) && r.kind === 'enterprise' && r.region === 'RU-SMO',
    ).length
    expect(homeEnterprises).toBeGreaterThan(0)
    const body = JSON.stringify(enterprises)
    expect(body.length).toBeGreaterThan(FAST_CHECK_MIN_CHARS)

    const { page, watch } = await openWatchedPage(app.browser, app.url)
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
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
      .toBe(homeEnterprises.toLocaleString('ru-RU'))
    await openSideTab(page, 'quality')
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
    expect(scripts.some((url) => url.includes('/fast-check-'))).toBe(true)
    expect(watch.pageErrors).toEqual([])
    expect(watch.consoleErrors).toEqual([])
    await page.context().close()
  })
})
