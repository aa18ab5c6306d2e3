import { existsSync } from 'node:fs'

import { APP_DIR } from './app-dir'

/** The browser tests run against a production build; `npm run test:e2e` makes it first. */
export default function checkBuild(): void {
  if (!existsSync(`${APP_DIR}/index.html`)) {
    throw new Error(
      'dist/ is missing: run `npm run build` (or `npm run test:e2e`) first.',
    )
  }
}
