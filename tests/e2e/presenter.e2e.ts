import { readFileSync } from 'node:fs'

import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { useServedApp } from './support/app-harness'
import { openSideTab, openWatchedPage } from './support/browser'
import { bundledData, expectedFigures } from './support/counting'

const app = useServedApp()

interface BundledScene {
  id: string
  title: { ru: string }
  caption: { ru: string }
  panel?: string
  chart?: string
  tiles?: boolean
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
  await openSideTab(page, 'scenes')
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
    // The slide replaces the dashboard: no filter bar, no issues, no panel tabs.
    await expect.poll(() => page.getByTestId('presenter-slide').isVisible()).toBe(true)
    expect(await page.getByTestId('filter-search').count()).toBe(0)
    expect(await page.getByTestId('data-issues').count()).toBe(0)
    // The title slide: the tiles over the map (a lazy chunk: wait for it, not read it once).
    await expect.poll(() => page.getByTestId('map').isVisible()).toBe(true)
    await expect.poll(() => page.getByTestId('kpi-enterprises').isVisible()).toBe(true)

    const data = bundledData()

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
      expect(
        await page.getByTestId('presenter-slide').getAttribute('data-hero'),
        scene.id,
      ).toBe(scene.panel ?? 'map')

      const { filters, select } = scene.state
      const params = new URL(page.url()).searchParams
      expect(params.get('industry'), scene.id).toBe(filters.industries?.join(',') ?? null)
      expect(params.get('region'), scene.id).toBe(filters.regions?.join(',') ?? null)
      expect(params.get('kind'), scene.id).toBe(filters.kinds?.join(',') ?? null)
      expect(params.get('from'), scene.id).toBe(filters.from ?? null)
      expect(params.get('to'), scene.id).toBe(filters.to ?? null)
      expect(params.get('select'), scene.id).toBe(select ?? null)

      expect(await page.getByTestId('kpi-visits').count(), scene.id).toBe(
        scene.tiles ? 1 : 0,
      )
      if (!scene.tiles) continue
      // The README's counting rules, with the scene's filters.
      const expected = expectedFigures(data, filters)
      await expect
        .poll(() => kpi(page, 'visits'), { message: scene.id })
        .toBe(String(expected.visits))
      expect(await kpi(page, 'enterprises'), scene.id).toBe(String(expected.enterprises))
      expect(await kpi(page, 'parks'), scene.id).toBe(String(expected.parks))
      expect(await kpi(page, 'events'), scene.id).toBe(String(expected.events))
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
    expect(await page.getByTestId('presenter-slide').count()).toBe(0)
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
      await page.getByTestId('presenter-exit').click()
      await expect.poll(() => presenting(page)).toBe(false)
      // Back on the dashboard, the focus is on the switch that starts the show again.
      await expect
        .poll(() =>
          page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
        )
        .toBe('presenter-toggle')
      expect(watch.pageErrors).toEqual([])
      expect(watch.consoleErrors).toEqual([])
      await page.context().close()
    },
    // Axe reads the whole slide, map included: slow on a busy machine.
    120_000,
  )
})

/** What a slide looks like from the room: its fit, its smallest text, its hero's content. */
interface SlideReading {
  scrollHeight: number
  innerHeight: number
  scrollWidth: number
  innerWidth: number
  /** Visible text set smaller than it may be: 24 px, 18 px for SVG chart labels. */
  smallText: string[]
  /** Zoom buttons and map controls on screen. */
  controls: number
  hero: string | null
  detailsCards: number
}

function readSlide(page: Page): Promise<SlideReading> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect()
      return (
        box.width > 0 &&
        box.height > 0 &&
        box.right > 0 &&
        box.bottom > 0 &&
        box.left < innerWidth &&
        box.top < innerHeight &&
        getComputedStyle(el).visibility !== 'hidden'
      )
    }
    const smallText: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      const text = node.textContent?.trim() ?? ''
      if (!el || !text) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      const onScreen = [...range.getClientRects()].some(
        (r) =>
          r.width > 0 &&
          r.height > 0 &&
          r.right > 0 &&
          r.bottom > 0 &&
          r.left < innerWidth &&
          r.top < innerHeight,
      )
      if (!onScreen || getComputedStyle(el).visibility === 'hidden') continue
      if (el.closest('.visually-hidden, .leaflet-control-attribution')) continue
      const size = parseFloat(getComputedStyle(el).fontSize)
      const least = el.closest('svg') ? 18 : 24
      if (size < least) smallText.push(`${size}px «${text.slice(0, 40)}»`)
    }
    const controls = [
      ...document.querySelectorAll(
        '.leaflet-control-zoom, .leaflet-control-layers, .map-toolbar, [data-testid="presenter-toggle"]',
      ),
    ].filter(visible).length
    const root = document.scrollingElement ?? document.documentElement
    return {
      scrollHeight: root.scrollHeight,
      innerHeight,
      scrollWidth: root.scrollWidth,
      innerWidth,
      smallText,
      controls,
      hero:
        document
          .querySelector('[data-testid="presenter-slide"]')
          ?.getAttribute('data-hero') ?? null,
      detailsCards: [...document.querySelectorAll('.details')].filter(visible).length,
    }
  })
}

/** Waits until the hero panel shows what it is for, not an empty or loading state. */
async function expectHeroContent(page: Page, hero: string, scene?: BundledScene) {
  const panel = page.getByTestId('presenter-hero')
  const message = scene?.id ?? 'title slide'
  const count = (selector: string) => panel.locator(selector).count()
  if (hero === 'map') {
    await expect
      .poll(() => count('[data-record-id], .municipal-symbol'), { message })
      .toBeGreaterThan(0)
    if (scene?.state.select)
      await expect
        .poll(() => count(`[data-record-id="${scene.state.select}"]`), { message })
        .toBe(1)
  } else if (hero === 'charts') {
    await expect
      .poll(() => count('.recharts-sankey-link, .recharts-bar-rectangle'), { message })
      .toBeGreaterThan(0)
  } else if (hero === 'timeline') {
    await expect
      .poll(() => count('.timeline-chart__bar, .timeline-chart__band'), { message })
      .toBeGreaterThan(0)
  } else if (hero === 'details') {
    await expect.poll(() => count('.details__name'), { message }).toBe(1)
  } else {
    await expect.poll(() => count('li'), { message }).toBeGreaterThan(0)
  }
  expect(await count('.panel-state'), message).toBe(0)
}

/**
 * The two scenes that were broken: KTRV's visit names no partner region (the cooperation
 * diagram had nothing to draw), so its slide is the map with the corporation and the plant;
 * the Chelyabinsk delegation is one month (three dots on the timeline), so its slide is the
 * map with the visit's arc and the brake plant it visited.
 */
async function expectSceneSpecifics(page: Page, scene: BundledScene) {
  const map = page.getByTestId('presenter-hero')
  if (scene.id === 'scene-ktrv-smaz-2024-07') {
    for (const id of ['ent-ktrv', 'ent-smaz'])
      expect(await map.locator(`[data-record-id="${id}"]`).count(), id).toBe(1)
  }
  if (scene.id === 'scene-chelyabinsk-2025-11') {
    await expect
      .poll(() => map.locator('.leaflet-overlay-pane path.leaflet-interactive').count())
      .toBeGreaterThan(0)
    // Of the sites it visited, the brake plant is the one the sources place on the map.
    expect(await map.locator('[data-record-id="ent-rts"]').count()).toBe(1)
  }
}

function expectReadable(reading: SlideReading, label: string) {
  expect(reading.scrollHeight, `${label}: page scroll`).toBe(reading.innerHeight)
  expect(reading.scrollWidth, `${label}: sideways scroll`).toBe(reading.innerWidth)
  expect(reading.smallText, `${label}: text too small`).toEqual([])
  expect(reading.controls, `${label}: map controls or the switch`).toBe(0)
}

describe('each scene is one slide that fits the projector', () => {
  it.each([
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ])(
    'at $width×$height: no scroll, large text, a hero with content',
    async (viewport) => {
      const { page, watch } = await openWatchedPage(app.browser, app.url, viewport)
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await openDashboard(page)
      await page.keyboard.press('p')
      await expect.poll(() => presenting(page)).toBe(true)
      const label = `${viewport.width}×${viewport.height}`

      // The title slide before the first scene: the tiles over the map.
      await expectHeroContent(page, 'map')
      expect(await page.getByTestId('kpi-enterprises').isVisible()).toBe(true)
      const title = await readSlide(page)
      expect(title.hero).toBe('map')
      expectReadable(title, `${label} title slide`)
      const titleSize = await page
        .getByTestId('presenter-title')
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
      expect(titleSize).toBeGreaterThanOrEqual(viewport.width >= 1920 ? 56 : 38)

      for (const [i, scene] of scenes.entries()) {
        await page.keyboard.press('ArrowRight')
        await expect
          .poll(() => page.locator('.presenter-progress__count').textContent())
          .toBe(`${i + 1} / ${scenes.length}`)
        const hero = scene.panel ?? 'map'
        await expectHeroContent(page, hero, scene)
        const reading = await readSlide(page)
        expect(reading.hero, scene.id).toBe(hero)
        expectReadable(reading, `${label} ${scene.id}`)
        // A record card shows only as the hero itself: never as an empty or extra panel.
        expect(reading.detailsCards, scene.id).toBe(hero === 'details' ? 1 : 0)
        expect(await page.getByTestId('kpi-visits').count(), scene.id).toBe(
          scene.tiles ? 1 : 0,
        )
        await expectSceneSpecifics(page, scene)
        await page.screenshot({ path: `/tmp/presenter-${label}-${i + 1}.png` })
      }
      // Back to the start and through again: nothing breaks on a second visit.
      await page.keyboard.press('Home')
      for (const [i, scene] of scenes.entries()) {
        if (i > 0) await page.keyboard.press('ArrowRight')
        await expect
          .poll(() => page.getByTestId('presenter-title').textContent())
          .toBe(scene.title.ru)
        await expectHeroContent(page, scene.panel ?? 'map', scene)
      }
      expect(watch).toEqual({
        consoleErrors: [],
        pageErrors: [],
        cspViolations: [],
        foreignRequests: [],
      })
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
    await openSideTab(page, 'scenes')
    const saved = page.getByTestId('scene-item').last()
    await expect.poll(() => saved.locator('h3').textContent()).toContain('Рославль')
    await saved.getByRole('button', { name: 'Показать сцену «Рославль»' }).click()
    await expect
      .poll(() => new URL(page.url()).searchParams.get('municipality'))
      .toBe('roslavlsky')
    expect(new URL(page.url()).searchParams.get('select')).toBe('ent-rts')
    await openSideTab(page, 'details')
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
    await openSideTab(page, 'scenes')
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
