import { resolve } from 'node:path'

import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': resolve(import.meta.dirname, 'src') } },
  test: {
    environment: 'jsdom',
    include: [
      'src/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'tests/data/**/*.test.ts',
      'tests/lint/**/*.test.ts',
      'tests/deploy/**/*.test.ts',
    ],
    setupFiles: ['src/testing/setup-tests.ts'],
    restoreMocks: true,
    // The whole dashboard rendered in jsdom takes a few seconds on a busy 2-core machine.
    testTimeout: 15_000,
  },
})
