import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it, onTestFinished } from 'vitest'

import {
  type SyntheticReference,
  generateSynthetic,
} from '../../scripts/synthetic/generate'
import { APP_DIR } from './support/app-dir'
import { openSideTab, openWatchedPage } from './support/browser'
import { useServedApp } from './support/app-harness'
import { serveFolder as serveStatic } from './support/static-server'

const app = useServedApp()

/**
 * The longest main-thread task the page should run once its shell is drawn, while it loads,
 * checks and lists hostile input; every case asserts it.
 */
const RESPONSIVE_MS = 200

/*
 * Every case meets `RESPONSIVE_MS`. Each counts the app's own first load (its tasks start
 * after the shell): evaluating the map's code (Leaflet) is 70–190 ms of one task on a 2-core
 * machine, the longest the app has. What brought the cases under: (a) records checked in
 * 40 ms slices from the task after the file was read, without a `ZodError` each, and the
 * envelope not walking them; (b) the 50 MB file fetched, read and parsed in a worker and
 * handed over a thousand records a message; (c) the link read, parsed and rewritten capped
 * once at start, a list of more than six values one chip; and for all, the map's layers
 * drawn a task or two after the map and the data, the dashboard redrawn with the data in a
 * task of its own, «Что нового» drawn after the tiles and the map. Last measured over six
 * runs: (a) 60–139 ms, (b) 75–184 ms, (c) 65–118 ms, (d) 0–83 ms.
 */

interface LongTask {
  start: number
  duration: number
}

/**
 * Records every long task (over 50 ms) from the first moment, and when the page's shell (its
 * heading) was first drawn; only tasks that start after the shell count.
 */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: LongTask[]; __shellAt?: number }
    w.__longTasks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.__longTasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
    const seen = new MutationObserver(() => {
      if (document.querySelector('h1')) {
        w.__shellAt = performance.now()
        seen.disconnect()
      }
    })
    seen.observe(document, { childList: true, subtree: true })
  })
}

/** The longest task that started after `since` (page time, ms); 0 if none was over 50 ms. */
async function longestTaskSince(page: Page, since: number): Promise<number> {
  await page.waitForTimeout(500)
  return page.evaluate((from) => {
    const w = window as unknown as { __longTasks: LongTask[] }
    return Math.round(
      Math.max(0, ...w.__longTasks.filter((t) => t.start >= from).map((t) => t.duration)),
    )
  }, since)
}

/** The longest task since the shell was drawn, in ms (0 if none was over 50 ms). */
async function longestTask(page: Page): Promise<number> {
  // Let any task queued by the last input run and be reported.
  await page.waitForTimeout(500)
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: LongTask[]; __shellAt?: number }
    const after = w.__shellAt ?? 0
    return Math.round(
      Math.max(
        0,
        ...w.__longTasks.filter((t) => t.start >= after).map((t) => t.duration),
      ),
    )
  })
}

function reference(): SyntheticReference {
  const records = (file: string) =>
    (JSON.parse(readFileSync(`data/${file}`, 'utf8')) as { records: never[] }).records
  return {
    regions: records('regions.json'),
    municipalities: records('municipalities.json'),
    industries: records('industries.json'),
  }
}

/** Serves `/<folder>/`: the bundled data with some files replaced by the given bodies. */
async function serveFolder(
  page: Page,
  folder: string,
  replaced: Record<string, string>,
): Promise<void> {
  await page.route(
    (url) => url.pathname.startsWith(`/${folder}/`),
    async (route) => {
      const name = new URL(route.request().url()).pathname.slice(folder.length + 2)
      const body = replaced[name]
      if (body === undefined) return route.fulfill({ path: `data/${name}` })
      return route.fulfill({ body, contentType: 'application/json' })
    },
  )
}

/** A number as the Russian interface writes it (a no-break space between thousands). */
const n = (value: number) => value.toLocaleString('ru-RU')

const tile = (page: Page, kind: string) =>
  page.getByTestId(`kpi-${kind}`).locator('.kpi__value').textContent()

/** The count of the largest issue group of a file in the quality panel. */
async function largestGroup(page: Page, kind: string): Promise<string | null> {
  return page
    .getByTestId(`data-issues-file-${kind}`)
    .getByTestId('data-issue-group-count')
    .first()
    .textContent()
}

describe('hostile input: the page keeps answering', () => {
  it('(a) a 400 KB file of 200,000 invalid records: one group of 200 000, fifty rows drawn', async () => {
    const body = JSON.stringify({ schemaVersion: 1, records: Array(200_000).fill(0) })
    expect(body.length).toBeLessThan(450_000)
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await watchLongTasks(page)
    await serveFolder(page, 'bad', { 'events.json': body })
    await page.goto(`${app.url}?data=/bad/&tab=quality`)
    await expect.poll(() => tile(page, 'events'), { timeout: 60_000 }).toBe('0')
    expect(await tile(page, 'enterprises')).not.toBe('—')
    await expect
      .poll(() => largestGroup(page, 'events'), { timeout: 30_000 })
      .toBe(`${n(200_000)} замечаний`)
    const file = page.getByTestId('data-issues-file-events')
    expect(await file.getByTestId('data-issue').count()).toBe(0)
    await file.getByTestId('data-issue-group').first().getByRole('button').click()
    await expect.poll(() => file.getByTestId('data-issue').count()).toBe(50)
    expect(await file.getByTestId('data-issues-shown').first().textContent()).toBe(
      `показаны 50 из ${n(200_000)}`,
    )
    const longest = await longestTask(page)
    console.info(`(a) 200,000 invalid records: longest task ${longest} ms`)
    expect(longest).toBeLessThanOrEqual(RESPONSIVE_MS)
    expect(watch.pageErrors).toEqual([])
    await page.context().close()
  }, 120_000)

  it('(b) 100,000 enterprises without sources: each listed in one group, the rest shown', async () => {
    const { files } = generateSynthetic(
      { enterprises: 100_000, events: 10, visits: 10, parks: 5 },
      reference(),
    )
    const enterprises = files['enterprises.json'] as {
      records: Record<string, unknown>[]
    }
    for (const record of enterprises.records) record.sources = []
    // Served over HTTP as a deployment serves it: a body fulfilled by a route reaches the
    // page in one piece, and copying 50 MB in took 1.5 s of one task no server causes.
    const folder = mkdtempSync(join(tmpdir(), 'promkarta-nosources-'))
    for (const [name, json] of Object.entries(files))
      writeFileSync(join(folder, name), JSON.stringify(json))
    const server = await serveStatic(APP_DIR, {
      '/nosources/geo/': 'data/geo',
      '/nosources/': folder,
    })
    onTestFinished(() => server.close())
    const { page, watch } = await openWatchedPage(app.browser, server.url)
    await watchLongTasks(page)
    await page.goto(`${server.url}?data=/nosources/&tab=quality`)
    await expect
      .poll(() => largestGroup(page, 'enterprises'), { timeout: 90_000 })
      .toBe(`${n(100_000)} замечаний`)
    expect(await tile(page, 'enterprises')).toBe('0')
    const longest = await longestTask(page)
    console.info(`(b) 100,000 enterprises without sources: longest task ${longest} ms`)
    expect(longest).toBeLessThanOrEqual(RESPONSIVE_MS)
    expect(watch.pageErrors).toEqual([])
    await page.context().close()
  }, 180_000)

  it('(c) a link with 150,000 industry ids: capped, said once, the data shown', async () => {
    const ids = Array.from({ length: 150_000 }, (_, i) => `x${i}`).join(',')
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await watchLongTasks(page)
    // The static server refuses a request line this long; the page is the same for any query.
    await page.route(
      (url) => url.searchParams.has('industry'),
      (route) => route.fulfill({ path: `${APP_DIR}/index.html` }),
    )
    await page.goto(`${app.url}?industry=${ids}`, { waitUntil: 'commit' })
    await expect
      .poll(() => tile(page, 'enterprises'), { timeout: 60_000 })
      .toMatch(/^\d[\d\s]*$/)
    const longest = await longestTask(page)
    console.info(`(c) 150,000 industry ids in the link: longest task ${longest} ms`)
    expect(longest).toBeLessThanOrEqual(RESPONSIVE_MS)
    expect(watch.pageErrors).toEqual([])
    await page.context().close()
  })

  it('(d) a scenes file of 15,000 scenes: refused at once with the cap named, the list kept', async () => {
    const scenes = Array.from({ length: 15_000 }, (_, i) => ({
      id: `s${i}`,
      title: { ru: `Сцена ${i}` },
      caption: { ru: 'x' },
      state: {},
    }))
    // From a file on disk: a buffer would be decoded by the test driver in the page itself.
    const file = join(mkdtempSync(join(tmpdir(), 'promkarta-scenes-')), 'scenes.json')
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, scenes }))
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await watchLongTasks(page)
    await page.goto(app.url)
    await expect.poll(() => tile(page, 'enterprises'), { timeout: 60_000 }).toMatch(/^\d/)
    await openSideTab(page, 'scenes')
    await page.getByTestId('scene-item').first().waitFor()
    const listed = await page.getByTestId('scene-item').count()
    await page.waitForTimeout(1000)
    const since = await page.evaluate(() => performance.now())
    await page.getByTestId('scenes-import').setInputFiles(file)
    const error = page.getByTestId('scenes-error')
    await error.waitFor({ timeout: 60_000 })
    expect(await error.textContent()).toMatch(/15\s?000 сцен.*не больше 300/)
    const longest = await longestTaskSince(page, since)
    console.info(`(d) 15,000 scenes: longest task after choosing the file ${longest} ms`)
    expect(longest).toBeLessThanOrEqual(RESPONSIVE_MS)
    expect(await page.getByTestId('scene-item').count()).toBe(listed)
    expect(watch.pageErrors).toEqual([])
    await page.context().close()
  }, 120_000)
})
