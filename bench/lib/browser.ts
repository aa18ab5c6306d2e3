import { type Browser, chromium } from 'playwright-core'

/**
 * The Debian Chromium the browser tests use (`CHROMIUM_PATH` overrides), with the same flags as
 * `tests/e2e/support/browser.ts` — not imported from there, because that module pulls in vitest.
 * Never downloads a browser.
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
