import { readFileSync } from 'node:fs'

import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { useServedApp } from './support/app-harness'
import { openWatchedPage } from './support/browser'
import { bundledPlaces } from './support/bundled'
import { bundledData, expectedFigures } from './support/counting'

const app = useServedApp()

interface BundledScene {
  id: string
  title: { ru: string }
  caption: { ru: string }
  panel?: string
  state: {
    filters: {
      industries?: string[]
      regions?: string[]
      kinds?: string[]
      from?: string
      to?: string
    }
    select?: string
  }
}

/** The bundled scenes, read from disk so the test follows the data. */
const scenes = (
  JSON.parse(readFileSync('data/scenes.json', 'utf8')) as { scenes: BundledScene[] }
).scenes

async function kpi(page: Page, kind: string): Promise<string> {
  return (
    (await page.getByTestId(`kpi-${kind}`).locator('.kpi__value').textContent()) ?? ''
  )
}

async function openDashboard(page: Page, search = '') {
  await page.goto(`${app.url}${search}`)
  await page.getByTestId('records-table').waitFor()
  await expect.poll(() => page.getByTestId('scene-item').count()).toBe(scenes.length)
}

const presenting = (page: Page) =>
  page.evaluate(
    () => document.querySelector('.app')?.classList.contains('app--presenter') ?? false,
  )

describe('presenter mode on the bundled scenes', () => {
  it('steps through every scene with the keyboard, each one applied, and Esc leaves', async () => {
    expect(scenes.length).toBeGreaterThanOrEqual(3)
    const { page, watch } = await openWatchedPage(app.browser, app.url, {
      width: 1920,
      height: 1080,
    })
    await openDashboard(page)
    await page.keyboard.press('p')
    await expect.poll(() => presenting(page)).toBe(true)
    await expect.poll(() => page.getByTestId('filter-search').isVisible()).toBe(false)
    expect(await page.getByTestId('data-issues').isVisible()).toBe(false)
    // The map is a lazy chunk: wait for it rather than read it once.
    await expect.poll(() => page.getByTestId('map').isVisible()).toBe(true)
    await expect.poll(() => page.getByTestId('kpi-enterprises').isVisible()).toBe(true)

    const data = bundledData()
    const names = new Map(bundledPlaces().map((p) => [p.id, p.name.ru]))

    for (const [i, scene] of scenes.entries()) {
      await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'PageDown')
      const progress = page.getByTestId('presenter-progress')
      await expect
        .poll(() => progress.locator('.presenter-progress__count').textContent())
        .toBe(`${i + 1} / ${scenes.length}`)
      expect(await page.getByTestId('presenter-title').textContent()).toBe(scene.title.ru)
      expect(await page.getByTestId('presenter-caption').textContent()).toBe(
        scene.caption.ru,
      )
      expect(
        await page.evaluate(() =>
          document.querySelector('.app')?.getAttribute('data-presenter-panel'),
        ),
      ).toBe(scene.panel ?? 'map')

      const { filters, select } = scene.state
      const params = new URL(page.url()).searchParams
      expect(params.get('industry'), scene.id).toBe(filters.industries?.join(',') ?? null)
      expect(params.get('region'), scene.id).toBe(filters.regions?.join(',') ?? null)
      expect(params.get('kind'), scene.id).toBe(filters.kinds?.join(',') ?? null)
      expect(params.get('from'), scene.id).toBe(filters.from ?? null)
      expect(params.get('to'), scene.id).toBe(filters.to ?? null)
      expect(params.get('select'), scene.id).toBe(select ?? null)

      // The README's counting rules, with the scene's filters.
      const expected = expectedFigures(data, filters)
      await expect
        .poll(() => kpi(page, 'visits'), { message: scene.id })
        .toBe(String(expected.visits))
      expect(await kpi(page, 'enterprises'), scene.id).toBe(String(expected.enterprises))
      expect(await kpi(page, 'parks'), scene.id).toBe(String(expected.parks))
      expect(await kpi(page, 'events'), scene.id).toBe(String(expected.events))
      if (select) {
        await expect
          .poll(() => page.getByTestId('details').locator('h3').textContent(), {
            message: scene.id,
          })
          .toBe(names.get(select))
      }
    }

    // The last scene stays the last one.
    await page.keyboard.press('ArrowRight')
    expect(await page.locator('.presenter-progress__count').textContent()).toBe(
      `${scenes.length} / ${scenes.length}`,
    )

    // The view stays the last scene's (the map may settle by a fraction when it resizes).
    const withoutView = (url: string) => {
      const params = new URL(url).searchParams
      params.delete('view')
      return params.toString()
    }
    const lastUrl = withoutView(page.url())
    await page.keyboard.press('Escape')
    await expect.poll(() => presenting(page)).toBe(false)
    expect(await page.getByTestId('presenter-stage').count()).toBe(0)
    expect(await page.getByTestId('filter-search').isVisible()).toBe(true)
    expect(withoutView(page.url())).toBe(lastUrl)
    expect(watch).toEqual({
      consoleErrors: [],
      pageErrors: [],
      cspViolations: [],
      foreignRequests: [],
    })
    await page.context().close()
  })

  it.each(['light', 'dark'] as const)(
    'keeps AA contrast and a large, on-screen title on a 1280×720 projector (%s)',
    async (colorScheme) => {
      const { page, watch } = await openWatchedPage(app.browser, app.url, {
        width: 1280,
        height: 720,
      })
      await page.emulateMedia({ reducedMotion: 'reduce', colorScheme })
      await openDashboard(page)
      await expect
        .poll(() => page.locator('html').getAttribute('data-theme'))
        .toBe(colorScheme)
      await page.getByTestId('presenter-start').click()
      await expect.poll(() => presenting(page)).toBe(true)
      const title = page.getByTestId('presenter-title')
      await expect.poll(() => title.textContent()).toBe(scenes[0]?.title.ru)
      const box = await title.boundingBox()
      expect(box && box.y >= 0 && box.y + box.height <= 720).toBe(true)
      const size = await title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
      expect(size).toBeGreaterThanOrEqual(36)
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      const blocking = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({
          id: v.id,
          nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
        }))
      expect(blocking).toEqual([])
      await page.getByTestId('presenter-toggle').click()
      await expect.poll(() => presenting(page)).toBe(false)
      expect(watch.pageErrors).toEqual([])
      expect(watch.consoleErrors).toEqual([])
      await page.context().close()
    },
  )
})

describe('the user’s scenes', () => {
  it('saves the current view as a scene that survives a reload and opens as a link', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await openDashboard(page, '?municipality=roslavlsky&select=ent-rts')
    await page.getByTestId('scene-save-title').fill('Рославль')
    await page.getByTestId('scene-save-submit').click()
    await expect
      .poll(() => page.getByTestId('scene-item').count())
      .toBe(scenes.length + 1)

    await page.goto(app.url)
    await page.getByTestId('records-table').waitFor()
    const saved = page.getByTestId('scene-item').last()
    await expect.poll(() => saved.locator('h3').textContent()).toContain('Рославль')
    await saved.getByRole('button', { name: 'Показать сцену «Рославль»' }).click()
    await expect
      .poll(() => new URL(page.url()).searchParams.get('municipality'))
      .toBe('roslavlsky')
    await expect
      .poll(() => page.getByTestId('details').locator('h3').textContent())
      .toContain('Рославльские тормозные системы')
    expect(watch.pageErrors).toEqual([])
    expect(watch.consoleErrors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
    await page.context().close()
  })

  it('reports a broken scenes.json in the panel and leaves the dashboard working', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await page.route('**/data/scenes.json', (route) =>
      route.fulfill({
        json: {
          schemaVersion: 1,
          scenes: [
            { id: 'a', title: { ru: 'А' }, caption: { ru: 'А' }, state: { tab: 'x' } },
          ],
        },
      }),
    )
    await page.goto(app.url)
    const error = page.getByTestId('scenes').getByTestId('scenes-error')
    await expect
      .poll(() => error.textContent())
      .toContain('Сцены из набора данных (scenes.json) не загружены.')
    expect(await error.textContent()).toContain('Сцена №1 (id «a»), поле state.tab:')
    await expect
      .poll(() =>
        page.getByTestId('kpi-enterprises').locator('.kpi__value').textContent(),
      )
      .toBe(String(expectedFigures(bundledData(), {}).enterprises))
    expect(await page.getByTestId('presenter-start').isDisabled()).toBe(true)
    expect(watch.pageErrors).toEqual([])
    expect(watch.consoleErrors).toEqual([])
    await page.context().close()
  })
})
