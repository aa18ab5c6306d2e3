import type { Browser } from 'playwright-core'

import { largeEnterprisesCsvFile } from '../../tests/e2e/support/large-csv'
import { VIEWPORT } from './measure'

/** One import of a generated spreadsheet into the app on its bundled data. */
export interface ImportCaseResult {
  rows: number
  /** Setting the file on the input → the draft shown (read and checked in the worker), ms. */
  readMs: number | null
  /** Setting the file → the enterprises tile counting the rows (confirmed at once), ms. */
  toMapMs: number | null
  /** The longest main-thread task over the whole import, and after confirming only, ms. */
  longestTaskMs: number | null
  longestAfterConfirmMs: number | null
  note?: string
}

const TILE = '[data-testid="kpi-enterprises"] .kpi__value'

interface Watched {
  __longTasks: number[]
}

/**
 * Opens the app, sets a generated CSV of `rows` enterprises (a file path, so no script in the
 * page decodes it), confirms as soon as the draft shows, and waits until the enterprises tile
 * counts the new rows. Long tasks come from a PerformanceObserver installed before the app.
 */
export async function measureImport(
  browser: Browser,
  origin: string,
  rows: number,
  timeoutMs: number,
): Promise<ImportCaseResult> {
  const file = largeEnterprisesCsvFile(rows)
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'ru-RU' })
  const empty = {
    rows,
    readMs: null,
    toMapMs: null,
    longestTaskMs: null,
    longestAfterConfirmMs: null,
  }
  try {
    const page = await context.newPage()
    await page.addInitScript(() => {
      const w = window as unknown as Watched
      w.__longTasks = []
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration)
      }).observe({ type: 'longtask', buffered: true })
    })
    await page.goto(origin)
    await page.locator('[data-testid="map"] [data-record-id]').first().waitFor()
    const count = () =>
      page.evaluate(
        (tile) =>
          Number((document.querySelector(tile)?.textContent ?? '').replace(/\D/g, '')),
        TILE,
      )
    const before = await count()
    // Let the first load settle, then forget its tasks.
    await page.waitForTimeout(1000)
    const longest = (reset: boolean) =>
      page.evaluate((r) => {
        const w = window as unknown as Watched
        const max = Math.max(0, ...w.__longTasks)
        if (r) w.__longTasks = []
        return Math.round(max)
      }, reset)
    await longest(true)
    const started = Date.now()
    await page.locator('input[type=file][data-testid="import-input"]').setInputFiles(file)
    await page.getByTestId('import-draft').waitFor({ timeout: timeoutMs })
    const readMs = Date.now() - started
    const reading = await longest(true)
    await page.getByTestId('import-confirm').click()
    await page.waitForFunction(
      ({ tile, expected }) =>
        Number((document.querySelector(tile)?.textContent ?? '').replace(/\D/g, '')) ===
        expected,
      { tile: TILE, expected: before + rows },
      { polling: 'raf', timeout: Math.max(1000, timeoutMs - readMs) },
    )
    const toMapMs = Date.now() - started
    // Tasks right after the count changes (map, charts, storage) belong to the import too.
    await page.waitForTimeout(1500)
    const afterConfirm = await longest(false)
    return {
      rows,
      readMs,
      toMapMs,
      longestTaskMs: Math.max(reading, afterConfirm),
      longestAfterConfirmMs: afterConfirm,
    }
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return { ...empty, note: message }
  } finally {
    await context.close().catch(() => undefined)
  }
}

const ms = (value: number | null) =>
  value === null ? '—' : `${Math.round(value).toLocaleString('en-US')} ms`

/** The «Import» table of BENCHMARKS.md and the console. */
export function importTable(results: readonly ImportCaseResult[]): string[] {
  return [
    '| Rows | Read (worker) | To the tiles | Longest task | Longest after confirm | Note |',
    '| ---: | ---: | ---: | ---: | ---: | --- |',
    ...results.map(
      (r) =>
        `| ${r.rows.toLocaleString('en-US')} | ${ms(r.readMs)} | ${ms(r.toMapMs)} | ${ms(r.longestTaskMs)} | ${ms(r.longestAfterConfirmMs)} | ${r.note ?? ''} |`,
    ),
  ]
}
