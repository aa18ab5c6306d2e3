import type { Browser, Page } from 'playwright-core'
import { expect } from 'vitest'

/** What a page did that a test must see: errors, CSP violations, requests leaving the origin. */
export interface PageWatch {
  consoleErrors: string[]
  pageErrors: string[]
  cspViolations: string[]
  foreignRequests: string[]
}

/**
 * Opens a page that blocks (and records) every request outside `origin`, and records console
 * errors, uncaught errors and Content-Security-Policy violations. The app's service worker is
 * blocked unless asked for: a page it controls fetches past `page.route`, and its precaching
 * only adds load to tests about something else (`tests/e2e/offline.e2e.ts` allows it).
 */
export async function openWatchedPage(
  browser: Browser,
  origin: string,
  viewport = { width: 1366, height: 900 },
  serviceWorkers: 'allow' | 'block' = 'block',
): Promise<{ page: Page; watch: PageWatch }> {
  const context = await browser.newContext({ viewport, locale: 'ru-RU', serviceWorkers })
  const page = await context.newPage()
  const watch: PageWatch = {
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    foreignRequests: [],
  }
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue()
    }
    watch.foreignRequests.push(url)
    return route.abort('blockedbyclient')
  })
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => watch.pageErrors.push(error.message))
  await page.exposeFunction('__reportCsp', (text: string) =>
    watch.cspViolations.push(text),
  )
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCsp: (t: string) => void })
        .__reportCsp
      report(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  return { page, watch }
}

/** Fails on any console error, page error, CSP violation or request off the origin. */
export function expectClean(watch: PageWatch): void {
  expect(watch).toEqual({
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    foreignRequests: [],
  })
}

/** Opens a tab of the side panel beside the map, as a user does, and waits for its panel. */
export async function openSideTab(
  page: Page,
  tab: 'whatsnew' | 'details' | 'charts' | 'table' | 'quality' | 'scenes',
): Promise<void> {
  await page.locator(`#side-tab-${tab}`).click()
  await page.locator(`#panel-${tab}-tab`).waitFor()
}
