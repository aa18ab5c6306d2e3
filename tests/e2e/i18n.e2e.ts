import { readFileSync, readdirSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { useServedApp } from './support/app-harness'
import { openWatchedPage } from './support/browser'

const app = useServedApp()

/** Every Russian text of the data (names, titles, publishers…): data, not interface text. */
function russianDataTexts(): string[] {
  const texts = new Set<string>()
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') {
      Object.values(value).forEach(walk)
    } else if (typeof value === 'string' && /[а-яё]/i.test(value)) texts.add(value)
  }
  for (const file of readdirSync('data').filter((f) => f.endsWith('.json'))) {
    walk(JSON.parse(readFileSync(`data/${file}`, 'utf8')))
  }
  return [...texts].sort((a, b) => b.length - a.length)
}

describe('the English interface', () => {
  it('leaves no Russian interface text on the main view', async () => {
    const { page, watch } = await openWatchedPage(app.browser, app.url)
    await page.goto(`${app.url}?lang=en&select=ent-rts`)
    await page.getByTestId('details').locator('h3').waitFor()
    await page.getByTestId('map').locator('.leaflet-overlay-pane path').first().waitFor()
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en')
    const leftovers = await page.evaluate((dataTexts) => {
      const out: string[] = []
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement
        if (!parent || parent.closest('script, style, noscript')) continue
        let text = node.textContent ?? ''
        if (!/[а-яё]/i.test(text)) continue
        for (const data of dataTexts) text = text.split(data).join(' ')
        if (/[а-яё]/i.test(text)) out.push((node.textContent ?? '').trim().slice(0, 80))
      }
      return out
    }, russianDataTexts())
    expect(leftovers).toEqual([])
    expect(watch.consoleErrors).toEqual([])
    await page.context().close()
  })

  it('formats numbers, dates and plurals for each language', async () => {
    const { page } = await openWatchedPage(app.browser, app.url)
    await page.goto(`${app.url}?lang=en`)
    await expect
      .poll(async () => (await page.getByTestId('whats-new').textContent()) ?? '')
      .toMatch(/on or before 15 November 2025/)
    await page.getByRole('button', { name: 'RU', exact: true }).click()
    await expect
      .poll(async () => (await page.getByTestId('whats-new').textContent()) ?? '')
      .toMatch(/не позднее 15 ноября 2025/)
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull()
    await page.context().close()
  })
})
