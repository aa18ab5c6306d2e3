import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { useServedApp } from './support/app-harness'
import { expectClean, openWatchedPage } from './support/browser'

const app = useServedApp()

interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** Layout shift as Chromium scores it, summed over the page's life so far. */
async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { layoutShift: number }
    w.layoutShift = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number
        hadRecentInput: boolean
      })[])
        if (!entry.hadRecentInput) w.layoutShift += entry.value
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

async function box(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(selector).first().boundingBox()
  if (!found) throw new Error(`${selector} is not drawn`)
  return found
}

/** The whole box lies inside the viewport. */
function inView(b: Box, viewport: { width: number; height: number }): boolean {
  return (
    b.x >= 0 &&
    b.y >= 0 &&
    b.x + b.width <= viewport.width + 0.5 &&
    b.y + b.height <= viewport.height + 0.5
  )
}

async function waitForData(page: Page): Promise<void> {
  await page.getByTestId('map').locator('.leaflet-overlay-pane path').first().waitFor()
  await expect
    .poll(() => page.getByTestId('kpi-events').locator('.kpi__value').textContent())
    .toMatch(/^\d/)
  await page.getByTestId('whats-new').waitFor()
}

describe('the overview fits one screen', () => {
  it.each([
    [1440, 900, 'ru'],
    [1440, 900, 'en'],
    [1280, 720, 'ru'],
    [1280, 720, 'en'],
  ])(
    'at %i×%i (%s): no page scroll, the map is the hero, tiles and «Что нового» in view, no layout shift',
    async (width, height, lang) => {
      const viewport = { width, height }
      const { page, watch } = await openWatchedPage(app.browser, app.url, viewport)
      await watchLayoutShift(page)
      await page.goto(`${app.url}?lang=${lang}`)
      await waitForData(page)
      // Let the deferred panels (timeline, lists) draw before measuring.
      await page.locator('.panel--timeline .timeline-chart__tick').first().waitFor()
      expect(await page.evaluate(() => document.scrollingElement?.scrollHeight)).toBe(
        height,
      )
      expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBe(
        width,
      )
      const map = await box(page, '[data-testid="map"]')
      if (width === 1440)
        expect(map.width * map.height).toBeGreaterThanOrEqual(0.4 * width * height)
      for (const selector of [
        '[data-testid="kpi-enterprises"]',
        '[data-testid="kpi-events"]',
        '[data-testid="whats-new"]',
        '[data-testid="map"]',
        '.panel--timeline',
      ])
        expect(inView(await box(page, selector), viewport), `${selector} in view`).toBe(
          true,
        )
      const shift = await page.evaluate(
        () => (window as unknown as { layoutShift: number }).layoutShift,
      )
      expect(shift).toBeLessThanOrEqual(0.1)
      expectClean(watch)
      await page.context().close()
    },
  )

  it.each([
    [1440, 900, 'ru', 'Автокомпоненты'],
    [1280, 720, 'ru', 'Автокомпоненты'],
    [1280, 720, 'en', 'Automotive components'],
  ])(
    'at %i×%i (%s): a picked filter and its reset move neither the map nor the pickers',
    async (width, height, lang, industry) => {
      const { page, watch } = await openWatchedPage(app.browser, app.url, {
        width,
        height,
      })
      await page.goto(`${app.url}?lang=${lang}`)
      await waitForData(page)
      const places = () =>
        Promise.all(
          ['[data-testid="map"]', '[data-testid="filter-add"]', '.period'].map((s) =>
            box(page, s),
          ),
        )
      const before = await places()
      await page.getByTestId('filter-add').fill(industry)
      await page.locator('.add-filter [role=option]').first().click()
      await page.getByTestId('filter-reset').waitFor()
      expect(
        await page
          .getByRole('list', {
            name: lang === 'ru' ? 'Активные фильтры' : 'Active filters',
          })
          .getByRole('listitem')
          .count(),
      ).toBe(1)
      expect(await places()).toEqual(before)
      await page.getByTestId('filter-reset').click()
      await page.getByTestId('filter-reset').waitFor({ state: 'detached' })
      expect(await places()).toEqual(before)
      expectClean(watch)
      await page.context().close()
    },
  )

  it.each([
    [1440, 900],
    [390, 844],
  ])(
    'at %i×%i: the panels stay where they are when the data arrives after the first view',
    async (width, height) => {
      const { page, watch } = await openWatchedPage(app.browser, app.url, {
        width,
        height,
      })
      // The dataset files wait until the page is drawn in its loading state.
      let release = () => {}
      const held = new Promise<void>((resolve) => (release = resolve))
      await page.route(
        (url) => /\/data\/(?!manifest)[\w-]+\.json$/.test(url.pathname),
        async (route) => {
          await held
          await route.continue()
        },
      )
      await page.goto(app.url)
      await page.getByTestId('kpi-enterprises').waitFor()
      await page.locator('.panel--timeline').waitFor()
      const panels = () =>
        Promise.all(
          ['.panel--map', '.panel--timeline', '[data-testid="kpi-events"]'].map(
            async (s) => {
              const { x, y } = await box(page, s)
              return { x, y }
            },
          ),
        )
      const loading = await panels()
      release()
      await waitForData(page)
      const loaded = await panels()
      // Within a pixel: the tiles' reserved height is in rem, their text in line boxes.
      loaded.forEach((at, i) => {
        expect(Math.abs(at.x - (loading[i]?.x ?? NaN))).toBeLessThan(1)
        expect(Math.abs(at.y - (loading[i]?.y ?? NaN))).toBeLessThan(1)
      })
      expectClean(watch)
      await page.context().close()
    },
  )

  it('opens a record’s card in the side panel when its marker is clicked', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url, {
      width: 1280,
      height: 720,
    })
    await page.goto(app.url)
    await waitForData(page)
    await page.getByTestId('map').locator('[data-record-id="ent-smaz"]').click()
    const details = page.getByTestId('details')
    await expect.poll(() => details.locator('h3').textContent()).toMatch(/авиационный/i)
    expect(await page.locator('#side-tab-details').getAttribute('aria-selected')).toBe(
      'true',
    )
    expect(
      inView(await box(page, '[data-testid="details"]'), { width: 1280, height: 720 }),
    ).toBe(true)
    expect(new URL(page.url()).searchParams.get('select')).toBe('ent-smaz')
    expectClean(watch)
    await page.context().close()
  })

  it('moves between the side panel’s tabs with the arrow keys', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url, {
      width: 1280,
      height: 720,
    })
    await page.goto(app.url)
    await waitForData(page)
    await page.locator('#side-tab-whatsnew').focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('side-tab-charts')
    await page.getByTestId('chart-regions').waitFor()
    await page.keyboard.press('End')
    await page.getByTestId('scenes').waitFor()
    expect(new URL(page.url()).searchParams.get('tab')).toBe('scenes')
    expectClean(watch)
    await page.context().close()
  })
})

describe('the phone layout at 390×844', () => {
  async function openPhone() {
    const context = await app.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'ru-RU',
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(app.url)
    await waitForData(page)
    return { page, errors }
  }

  it('puts the map first, has no horizontal scroll, and keeps the filters behind one button', async () => {
    const { page, errors } = await openPhone()
    const map = await box(page, '[data-testid="map"]')
    expect(map.y).toBeLessThan(200)
    expect(map.width).toBeGreaterThan(350)
    expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBe(390)
    expect(await page.getByTestId('filter-bar').count()).toBe(0)
    await page.getByTestId('filters-button').tap()
    const sheet = page.getByTestId('filters-sheet')
    await sheet.getByTestId('filter-bar').waitFor()
    expect(
      inView(await box(page, '[data-testid="filters-sheet"]'), {
        width: 390,
        height: 844,
      }),
    ).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => sheet.isVisible()).toBe(false)
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('opens the card of a tapped marker as a sheet in view', async () => {
    const { page, errors } = await openPhone()
    await page.getByTestId('map').locator('[data-record-id="ent-smaz"]').tap()
    const sheet = page.getByTestId('details')
    await expect.poll(() => sheet.locator('h3').textContent()).toMatch(/авиационный/i)
    expect(
      inView(await box(page, '[data-testid="details"]'), { width: 390, height: 844 }),
    ).toBe(true)
    await sheet.getByRole('button', { name: 'Закрыть' }).tap()
    await expect.poll(() => sheet.isVisible()).toBe(false)
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('keeps the export menu inside the screen', async () => {
    const { page, errors } = await openPhone()
    await page.getByTestId('export-menu').tap()
    const menu = page.locator('.export__menu')
    await menu.waitFor()
    const b = await menu.boundingBox()
    if (!b) throw new Error('the export menu is not drawn')
    expect(b.x).toBeGreaterThanOrEqual(0)
    expect(b.x + b.width).toBeLessThanOrEqual(390)
    expect(errors).toEqual([])
    await page.context().close()
  })
})

describe('the embedded view', () => {
  it('shows tiles, map and timeline without the header and menus, and links to the full dashboard', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url, {
      width: 1000,
      height: 640,
    })
    await page.goto(`${app.url}?embed=1&industry=aerospace`)
    await page.getByTestId('map').locator('.leaflet-overlay-pane path').first().waitFor()
    await page.getByTestId('kpi-enterprises').waitFor()
    await page.locator('.panel--timeline').waitFor()
    for (const absent of ['export-menu', 'filter-bar', 'filters-button'])
      expect(await page.getByTestId(absent).count(), absent).toBe(0)
    expect(await page.locator('[role="tablist"]').count()).toBe(0)
    const full = new URL(
      (await page.getByTestId('embed-open-full').getAttribute('href')) ?? '',
    )
    expect(full.searchParams.has('embed')).toBe(false)
    expect(full.searchParams.get('industry')).toBe('aerospace')
    expect(await page.evaluate(() => document.scrollingElement?.scrollHeight)).toBe(640)
    expectClean(watch)
    await page.context().close()
  })
})
