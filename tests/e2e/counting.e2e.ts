import { readFileSync } from 'node:fs'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { useServedApp } from './support/app-harness'
import { expectClean, openWatchedPage } from './support/browser'
import { bundledRecords } from './support/bundled'
import { type CountFilters, bundledData, expectedFigures } from './support/counting'

/**
 * One number for events wherever it is shown — the events tile, the «Что нового» header and
 * the timeline's total — under links that narrow by industry, by municipality, and by partner
 * region and period; and the enterprises tile counts what the README says it counts.
 */
const app = useServedApp()

/** The first number of a text: digits with the group separators of the locale. */
function firstNumber(text: string | null): number {
  const match = /\d[\d\s\u00a0\u202f]*/.exec(text ?? '')
  if (!match) throw new Error(`no number in «${text}»`)
  return Number(match[0].replace(/\D/g, ''))
}

async function figures(page: Page) {
  const tile = (kind: string) =>
    page.getByTestId(`kpi-${kind}`).locator('.kpi__value').textContent()
  return {
    tileEvents: firstNumber(await tile('events')),
    whatsNew: firstNumber(await page.getByTestId('whats-new-count').textContent()),
    timeline: firstNumber(await page.getByTestId('timeline-total').textContent()),
    enterprises: firstNumber(await tile('enterprises')),
    visits: firstNumber(await tile('visits')),
  }
}

async function open(page: Page, search: string) {
  await page.goto(`${app.url}${search}`)
  await page.getByTestId('whats-new-count').waitFor()
  await page.getByTestId('timeline-total').waitFor()
  await expect
    .poll(() => page.getByTestId('kpi-events').getAttribute('aria-busy'))
    .toBe('false')
}

const LINKS: readonly { search: string; filters: CountFilters }[] = [
  { search: '?industry=defence', filters: { industries: ['defence'] } },
  { search: '?municipality=roslavlsky', filters: { municipalities: ['roslavlsky'] } },
  {
    search: '?region=BY-VI&from=2024-01-01&to=2025-06-30',
    filters: { regions: ['BY-VI'], from: '2024-01-01', to: '2025-06-30' },
  },
]

describe('counting under the filters of a link', () => {
  it('shows one events number in the tile, «Что нового» and the timeline', async () => {
    const data = bundledData()
    const seen = new Set<number>()
    for (const { search, filters } of LINKS) {
      const { page, watch } = await openWatchedPage(app.browser, app.url)
      await open(page, search)
      const expected = expectedFigures(data, filters)
      // Links chosen so each shows some events, and a different number from the others.
      expect(expected.events, search).toBeGreaterThan(0)
      await expect
        .poll(() => figures(page), { message: search })
        .toMatchObject({
          tileEvents: expected.events,
          whatsNew: expected.events,
          timeline: expected.events,
          enterprises: expected.enterprises,
          visits: expected.visits,
        })
      seen.add(expected.events)
      // The list has a line for every event the header counts and every visit that passes.
      expect(
        await page.getByTestId('whats-new').locator('[data-record-id]').count(),
      ).toBe(expected.events + expected.allVisits)
      expectClean(watch)
      await page.context().close()
    }
    expect(seen.size).toBe(LINKS.length)
  })

  it('counts enterprises of the home region of an industry, as the data files say', async () => {
    const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as {
      homeRegion: string
    }
    const enterprises = bundledRecords<{
      kind: string
      region: string
      industries: string[]
    }>('enterprises.json')
    const industry = 'defence'
    const passing = enterprises.filter((e) => e.industries.includes(industry))
    const home = passing.filter(
      (e) => e.kind === 'enterprise' && e.region === manifest.homeRegion,
    ).length
    expect(home).toBeGreaterThan(0)
    expect(passing.length).toBeGreaterThan(home)

    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await open(page, `?industry=${industry}`)
    const tile = page.getByTestId('kpi-enterprises')
    await expect.poll(async () => firstNumber(await tile.textContent())).toBe(home)
    // The other organisations that pass are on the second line.
    expect(await tile.locator('.kpi__others').textContent()).toContain(
      String(passing.length - home),
    )
    // A tooltip and an accessible description say what the number counts.
    const title = (await tile.getAttribute('title')) ?? ''
    expect(title).toContain('Смоленская область')
    const describedBy = (await tile.getAttribute('aria-describedby')) ?? ''
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(title)
    // Compact: the one-screen dashboard leaves a tile 64 px at most.
    const box = await tile.boundingBox()
    expect(box?.height ?? Infinity).toBeLessThanOrEqual(64)
    expectClean(watch)
    await page.context().close()
  })
})
