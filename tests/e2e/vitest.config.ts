import { resolve } from 'node:path'

import { defineConfig } from 'vitest/config'

/** Browser tests: the built app in `dist/`, served over HTTP, in the system Chromium. */
export default defineConfig({
  // The synthetic-data generator the large-data test runs imports the domain, which uses `@/`.
  resolve: { alias: { '@': resolve(import.meta.dirname, '..', '..', 'src') } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // A first load of the bundled data can take seconds on a busy 2-core machine.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 60_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/support/global-setup.ts'],
  },
})
