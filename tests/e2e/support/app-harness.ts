import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

import { APP_DIR } from './app-dir'
import { launchBrowser } from './chromium'
import { serveFolder } from './static-server'

export interface AppHarness {
  readonly browser: Browser
  /** Origin of the served app, ending in `/`. */
  readonly url: string
}

/** Serves the built app and launches Chromium for one test file; both close after it. */
export function useServedApp(): AppHarness {
  let browser: Browser | undefined
  let server: Awaited<ReturnType<typeof serveFolder>> | undefined
  beforeAll(async () => {
    server = await serveFolder(APP_DIR)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  return {
    get browser() {
      if (!browser) throw new Error('the browser is not launched yet')
      return browser
    },
    get url() {
      if (!server) throw new Error('the app is not served yet')
      return server.url
    },
  }
}
