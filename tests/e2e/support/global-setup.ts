import { existsSync } from 'node:fs'

/** The browser tests run against a production build; `npm run test:e2e` makes it first. */
export default function checkBuild(): void {
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'dist/ is missing: run `npm run build` (or `npm run test:e2e`) first.',
    )
  }
}
