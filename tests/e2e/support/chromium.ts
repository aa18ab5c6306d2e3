import { type Browser, chromium } from 'playwright-core'

/**
 * The Debian Chromium the browser tests and the benchmark use (`CHROMIUM_PATH` overrides), with
 * the flags headless Chromium needs on a machine without network. Never downloads a browser.
 * Kept free of vitest so the benchmark can import it.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  })
}
