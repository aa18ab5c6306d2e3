import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { expectClean, openWatchedPage } from './support/browser'
import { useServedApp } from './support/app-harness'

const app = useServedApp()

const PHONE = { width: 390, height: 844 }

/** One SVG text as drawn: what it says, its colours and its contrast. */
interface TextContrast {
  text: string
  fill: string
  background: string
  ratio: number
}

/**
 * Every visible `svg text` of the page with the WCAG contrast of its fill (with its opacities)
 * against the colour behind it: the ancestors' background colours, the nearest opaque one with
 * any translucent ones above it. axe skips SVG text, hence this check. A string, not a function,
 * so nothing of the test's build reaches the page.
 */
const MEASURE_TEXTS = `(() => {
  const parse = (value) => {
    const m = /rgba?\\(([^)]+)\\)/.exec(value || '')
    if (!m) return null
    const [r, g, b, a = '1'] = m[1].split(/[ ,/]+/).filter(Boolean)
    return [Number(r), Number(g), Number(b), Number(a)]
  }
  const over = (top, bottom) => {
    const a = top[3]
    return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1)
  }
  const luminance = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const backdrop = (element) => {
    const layers = []
    for (let el = element.parentElement; el; el = el.parentElement) {
      const colour = parse(getComputedStyle(el).backgroundColor)
      if (colour && colour[3] > 0) {
        layers.push(colour)
        if (colour[3] >= 1) break
      }
    }
    let result = [255, 255, 255, 1]
    for (const layer of layers.reverse()) result = over(layer, result)
    return result
  }
  const out = []
  for (const el of document.querySelectorAll('svg text')) {
    const text = (el.textContent || '').trim()
    if (!text) continue
    const box = el.getBoundingClientRect()
    if (box.width === 0 || box.height === 0) continue
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue
    const style = getComputedStyle(el)
    const fill = parse(style.fill)
    if (!fill) continue
    let alpha = fill[3] * Number(style.fillOpacity || 1)
    for (let a = el; a; a = a.parentElement) alpha *= Number(getComputedStyle(a).opacity || 1)
    const back = backdrop(el)
    const front = over([fill[0], fill[1], fill[2], alpha], back)
    const [l1, l2] = [luminance(front), luminance(back)].sort((x, y) => y - x)
    out.push({
      text: text.slice(0, 40),
      fill: style.fill,
      background: 'rgb(' + back.slice(0, 3).map(Math.round).join(', ') + ')',
      ratio: Math.round(((l1 + 0.05) / (l2 + 0.05)) * 100) / 100,
    })
  }
  return out
})()`

/**
 * Texts of each SVG (matching `selector`) that overlap another text of it or stick out of the
 * SVG (cut off by its edge).
 */
const overlapsIn = (selector: string) => `(() => {
  const found = []
  for (const svg of document.querySelectorAll(${JSON.stringify(selector)})) {
    const frame = svg.getBoundingClientRect()
    const boxes = [...svg.querySelectorAll('text')]
      .filter((t) => (t.textContent || '').trim() && t.checkVisibility())
      .map((t) => ({ text: t.textContent.trim(), box: t.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0)
    for (const { text, box } of boxes) {
      if (box.left < frame.left - 1 || box.right > frame.right + 1) found.push(text + ' ⇥ edge')
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i].box, boxes[j].box]
        // A pixel of give: glyph boxes of neighbouring lines touch at their edges.
        const apart =
          a.right <= b.left + 1 || b.right <= a.left + 1 ||
          a.bottom <= b.top + 1 || b.bottom <= a.top + 1
        if (!apart) found.push(boxes[i].text + ' × ' + boxes[j].text)
      }
    }
  }
  return found
})()`

async function openDashboard(
  page: Page,
  search = '',
  colorScheme: 'light' | 'dark' = 'light',
): Promise<void> {
  await page.emulateMedia({ colorScheme })
  await page.goto(`${app.url}${search}`)
  await expect
    .poll(() => page.locator('html').getAttribute('data-theme'))
    .toBe(colorScheme)
  await page.getByTestId('map').locator('.leaflet-overlay-pane path').first().waitFor()
  // The charts may sit behind a tab of the side panel.
  const tab = page.getByRole('tab', { name: /^(Кооперация|Cooperation)$/ })
  if ((await tab.count()) > 0) await tab.first().click()
  await page.locator('.chart__plot svg text').first().waitFor()
  await page.locator('svg.timeline-chart text').first().waitFor()
}

async function textContrasts(page: Page): Promise<TextContrast[]> {
  return page.evaluate<TextContrast[]>(MEASURE_TEXTS)
}

describe('SVG text contrast', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`every visible SVG text is at 4.5:1 or more in the ${colorScheme} theme`, async () => {
      const { page, watch } = await openWatchedPage(app.browser, app.url)
      await openDashboard(page, '', colorScheme)
      const texts = await textContrasts(page)
      // Chart ticks and labels, the timeline's axis, the Sankey's labels, the map's clusters.
      expect(texts.length).toBeGreaterThan(20)
      const failing = texts.filter((t) => t.ratio < 4.5)
      if (failing.length > 0) console.log(colorScheme, failing)
      expect(failing).toEqual([])
      expectClean(watch)
      await page.context().close()
    })
  }
})

describe('charts and timeline on a phone (390 px)', () => {
  it('draws a one-month period as bars and keeps every label apart', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url, PHONE)
    await openDashboard(page, '?from=2025-11-01&to=2025-11-30')
    const timeline = page.locator('.timeline-chart')
    await expect
      .poll(() => timeline.locator('.timeline-chart__bar').count())
      .toBeGreaterThan(0)
    const ticks = timeline.locator('.timeline-chart__tick')
    expect(await ticks.allTextContents()).toEqual(['11.2025'])
    // Polled: between a resize of the panel and the chart's next layout a frame may hold the
    // old positions in the new box; what must hold is the drawing at rest.
    await expect.poll(() => page.evaluate(overlapsIn('svg.timeline-chart'))).toEqual([])
    await expect.poll(() => page.evaluate(overlapsIn('.chart__plot svg'))).toEqual([])
    expectClean(watch)
    await page.context().close()
  })

  it('thins the ticks of a long period and of every chart so none overlap', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url, PHONE)
    await openDashboard(page)
    const ticks = page.locator('.timeline-chart .timeline-chart__tick')
    await expect.poll(() => ticks.count()).toBeGreaterThan(1)
    // Polled: between a resize of the panel and the chart's next layout a frame may hold the
    // old positions in the new box; what must hold is the drawing at rest.
    await expect.poll(() => page.evaluate(overlapsIn('svg.timeline-chart'))).toEqual([])
    await expect.poll(() => page.evaluate(overlapsIn('.chart__plot svg'))).toEqual([])
    // Labels cut to fit end in an ellipsis and keep the full name in their <title>.
    const cut = await page.evaluate<
      { shown: string; full: string }[]
    >(`[...document.querySelectorAll('.chart__plot text')]
      .map((t) => {
        const shown = [...t.childNodes].filter((n) => n.nodeType === 3)
          .map((n) => n.textContent).join('').replace(/^✓ /, '')
        if (!shown.endsWith('…')) return null
        const title = t.querySelector('title') || t.closest('g').querySelector('title')
        return { shown, full: title ? title.textContent : '' }
      })
      .filter(Boolean)`)
    expect(cut.length).toBeGreaterThan(0)
    for (const { shown, full } of cut) {
      expect(full.startsWith(shown.slice(0, -1).trimEnd()), full).toBe(true)
      expect(full.length).toBeGreaterThan(shown.length - 1)
    }
    expectClean(watch)
    await page.context().close()
  })
})

describe('the map on a touch screen', () => {
  it('selects a tapped marker and opens no tooltip that the map’s edge could clip', async () => {
    const context = await app.browser.newContext({
      viewport: PHONE,
      hasTouch: true,
      isMobile: true,
      locale: 'ru-RU',
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(app.url)
    expect(await page.evaluate(`matchMedia('(hover: none)').matches`)).toBe(true)
    const marker = page.getByTestId('map').locator('[data-record-id="ent-rts"]')
    await marker.waitFor()
    await marker.scrollIntoViewIfNeeded()
    await marker.tap()
    await expect
      .poll(() => new URL(page.url()).searchParams.get('select'))
      .toBe('ent-rts')
    // The tap leaves no hover tooltip open over the map.
    await page.waitForTimeout(300)
    expect(await page.locator('.leaflet-tooltip.map-tooltip').count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })
})
