import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { APP_DIR } from './support/app-dir'
import { expectClean, openWatchedPage } from './support/browser'
import { launchBrowser } from './support/chromium'
import { bundledData, expectedFigures } from './support/counting'
import { serveFolder } from './support/static-server'

/**
 * The installable offline app (issue 14, item 7): after one online visit the built dashboard
 * opens again with its server gone, from the service worker's caches, and says so.
 */

let browser: Browser | undefined
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const figures = expectedFigures(bundledData(), {})
const TILES = {
  enterprises: figures.enterprises,
  parks: figures.parks,
  visits: figures.visits,
  events: figures.events,
}

async function expectBundledTiles(page: Page): Promise<void> {
  for (const [kind, count] of Object.entries(TILES)) {
    await expect
      .poll(() => page.getByTestId(`kpi-${kind}`).locator('.kpi__value').textContent())
      .toBe(String(count))
  }
}

/** Names of the data files the worker's data cache holds. */
function cachedDataFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const cache = await caches.open('promkarta-data')
    return (await cache.keys()).map((request) => new URL(request.url).pathname)
  })
}

/**
 * One online visit, as a presenter makes it: open the dashboard, see the data, and stay until
 * the service worker controls the page and has the data files in its cache. Returns the page
 * and a function that takes the server down.
 */
async function visitOnce(folder = APP_DIR) {
  if (!browser) throw new Error('no browser')
  const server = await serveFolder(folder)
  const { page, watch } = await openWatchedPage(
    browser,
    server.url,
    { width: 1366, height: 900 },
    'allow',
  )
  await page.goto(server.url)
  await expectBundledTiles(page)
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  // No second load: the first worker takes the open page itself.
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true)
  await expect
    .poll(async () => (await cachedDataFiles(page)).sort())
    .toEqual(
      expect.arrayContaining([
        '/data/manifest.json',
        '/data/enterprises.json',
        '/data/parks.json',
        '/data/visits.json',
        '/data/events.json',
        '/data/regions.json',
        '/data/municipalities.json',
        '/data/industries.json',
        '/data/sources.json',
      ]),
    )
  // Before the server goes: it answers now, the page does not reach it later.
  expect((await fetch(`${server.url}data/manifest.json`)).ok).toBe(true)
  const stopServer = async () => {
    await server.close()
    await expect(fetch(`${server.url}data/manifest.json`)).rejects.toThrow()
  }
  return { page, watch, stopServer }
}

/** Today as the banner writes it in Russian («29 ноября 2026»), the time left out. */
const today = new Intl.DateTimeFormat('ru-RU', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})
  .format(new Date())
  .replace(/\s*г\.$/, '')

describe('the dashboard without a network', () => {
  it('reopens offline after one online visit: the tiles, the map and the offline banner', async () => {
    const { page, watch, stopServer } = await visitOnce()
    const banner = page.getByTestId('offline-banner')
    expect(await banner.count()).toBe(0)

    await stopServer()
    await page.context().setOffline(true)
    await page.reload()

    await expectBundledTiles(page)
    // Home region, neighbours and partners, from the precached boundary files.
    const map = page.getByTestId('map')
    await map.locator('.leaflet-overlay-pane path').first().waitFor()
    expect(
      await map.locator('.leaflet-overlay-pane path').count(),
    ).toBeGreaterThanOrEqual(3)
    await expect
      .poll(() => banner.textContent())
      .toContain('Нет сети — показаны данные от')
    expect(await banner.getAttribute('role')).toBe('status')
    expect(await banner.textContent()).toContain(today)
    // Nothing failed to load: every request was answered from the worker's caches.
    expectClean(watch)
    await page.context().close()
  }, 120_000)

  it('says the data is from the cache when the server is gone but the browser is online', async () => {
    const { page, watch, stopServer } = await visitOnce()
    await stopServer()
    await page.reload()

    await expectBundledTiles(page)
    expect(await page.evaluate(() => navigator.onLine)).toBe(true)
    // Only the worker's message says so here: the date is the cached files' own.
    await expect
      .poll(() => page.getByTestId('offline-banner').textContent())
      .toContain(`Нет сети — показаны данные от ${today}`)
    expectClean(watch)
    await page.context().close()
  }, 120_000)

  it('announces a new version, holds it during a presentation and takes it only when asked', async () => {
    // A copy of the build whose worker changes after the first visit, as a new deployment.
    const folder = mkdtempSync(join(tmpdir(), 'promkarta-update-'))
    cpSync(APP_DIR, folder, { recursive: true, filter: (src) => !src.endsWith('.map') })
    const { page, watch, stopServer } = await visitOnce(folder)
    const prompt = page.getByRole('button', { name: 'Доступна новая версия — обновить' })
    const presenting = () =>
      page.evaluate(() => document.querySelector('.app--presenter') !== null)
    await page.getByTestId('kpi-enterprises').click()
    await page.keyboard.press('p')
    await expect.poll(presenting).toBe(true)
    // Marks this document: a reload would lose it.
    await page.evaluate(() => document.documentElement.setAttribute('data-visit', 'one'))

    appendFileSync(join(folder, 'sw.js'), '\n// the next version\n')
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update()
    })
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration()
          return registration?.waiting?.state ?? null
        }),
      )
      .toBe('installed')
    // The new version waits: no prompt over the slide, no reload, the show goes on.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(await prompt.count()).toBe(0)
    expect(await presenting()).toBe(true)

    await page.keyboard.press('Escape')
    await expect.poll(presenting).toBe(false)
    await expect.poll(() => prompt.isVisible()).toBe(true)
    expect(
      await page.evaluate(() => document.documentElement.getAttribute('data-visit')),
    ).toBe('one')

    await prompt.click()
    // The page reloads once under the new worker, which no longer waits.
    await expect
      .poll(() =>
        page.evaluate(() => document.documentElement.getAttribute('data-visit')),
      )
      .toBe(null)
    await expectBundledTiles(page)
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration()
        return [registration?.waiting ?? null, registration?.active?.state]
      }),
    ).toEqual([null, 'activated'])
    expect(await prompt.count()).toBe(0)
    expectClean(watch)
    await stopServer()
    await page.context().close()
    rmSync(folder, { recursive: true, force: true })
  }, 120_000)
})
