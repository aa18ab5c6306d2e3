import { resolve } from 'node:path'

import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/**
 * The benchmark's baseline page (see `bench/run.ts`): a separate build that never ships.
 * `npx vite build --config bench/baseline/vite.config.ts` → `bench/.out/baseline/`.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, '../.out/baseline'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  logLevel: 'warn',
})
