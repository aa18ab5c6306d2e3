import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { useServedApp } from './support/app-harness'
import { openWatchedPage } from './support/browser'

const app = useServedApp()

/** Runs axe on the page; serious and critical findings fail, the rest is printed for the notes. */
async function audit(page: Page, view: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const blocking = result.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  )
  for (const v of result.violations.filter((x) => !blocking.includes(x))) {
    console.log(`[axe ${view}] ${v.impact ?? ''} ${v.id}: ${v.nodes.length} node(s)`)
  }
  expect(
    blocking.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`),
    })),
    view,
  ).toEqual([])
}

async function open(search: string): Promise<Page> {
  const { page } = await openWatchedPage(app.browser, app.url)
  await page.goto(`${app.url}${search}`)
  await page.locator('[role="tabpanel"] .panel').first().waitFor()
  await page.getByTestId('map').locator('.leaflet-overlay-pane path').first().waitFor()
  return page
}

describe('accessibility of the main views (axe-core in Chromium)', () => {
  it.each([
    ['default', ''],
    ['filtered', '?industry=aerospace&from=2024-01-01&to=2025-12-31'],
    ['details open', '?select=ent-rts'],
    ['data-quality panel', '?tab=quality'],
    ['records table', '?tab=table'],
    ['charts', '?tab=charts'],
    ['scenes', '?tab=scenes'],
    ['English', '?lang=en'],
  ])('%s view has no serious or critical violations', async (view, search) => {
    const page = await open(search)
    await audit(page, view)
    await page.context().close()
  })

  it('dark theme has no serious or critical violations', async () => {
    const { page } = await openWatchedPage(app.browser, app.url)
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto(`${app.url}?select=ent-smaz`)
    await page.getByTestId('details').locator('h3').waitFor()
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark')
    await audit(page, 'dark theme')
    await page.context().close()
  })

  it('timeline playing has no serious or critical violations', async () => {
    const page = await open('')
    const play = page.getByTestId('timeline-play')
    const cursor = page.getByTestId('timeline-cursor')
    expect(await play.textContent()).toBe('Воспроизвести')
    expect(await cursor.textContent()).toBe('все даты')
    await play.click()
    // Playing: the button offers a pause and the cursor has left «all dates» for a month.
    await expect.poll(() => play.textContent()).toBe('Пауза')
    await expect.poll(() => cursor.textContent()).not.toBe('все даты')
    await audit(page, 'timeline playing')
    await page.context().close()
  })
})

describe('keyboard only', () => {
  it('reaches the main controls with a visible focus and never gets trapped', async () => {
    const page = await open('')
    const seen = new Set<string>()
    let previous = ''
    let repeats = 0
    // One press per focusable element (date inputs take three), so a larger dataset with more
    // markers on the map still gets a full walk.
    const stops = await page.evaluate(
      () =>
        document.querySelectorAll(
          'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
        ).length,
    )
    for (let i = 0; i < stops + 40; i++) {
      await page.keyboard.press('Tab')
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        if (el && !el.dataset.kbd) el.dataset.kbd = String(Math.random())
        if (!el || el === document.body) return null
        const style = getComputedStyle(el)
        const visible = style.outlineStyle !== 'none' || style.boxShadow !== 'none'
        return {
          key: `${el.dataset.kbd ?? ''}|${el.tagName}|${el.getAttribute('data-testid') ?? ''}|${el.textContent?.slice(0, 30) ?? ''}|${el.getAttribute('aria-label') ?? ''}`,
          testid:
            el.getAttribute('data-testid') ??
            el.closest('[data-testid]')?.getAttribute('data-testid') ??
            '',
          visible,
        }
      })
      if (!focus) continue
      expect(focus.visible, `focus visible on ${focus.key}`).toBe(true)
      seen.add(focus.testid)
      repeats = focus.key === previous ? repeats + 1 : 0
      // A date input holds three fields, so it keeps the focus for three presses.
      expect(repeats, `focus stuck on ${focus.key}`).toBeLessThan(4)
      previous = focus.key
    }
    for (const id of ['filter-search', 'filter-add', 'map', 'timeline-play']) {
      expect(seen, `Tab reaches ${id}`).toContain(id)
    }
    await page.context().close()
  })
})
