import { cpSync, createReadStream, existsSync, statSync } from 'node:fs'
import { extname, join, normalize, resolve } from 'node:path'

import react from '@vitejs/plugin-react'
import { type Plugin, defineConfig, loadEnv } from 'vite'

const DATA_DIR = resolve(import.meta.dirname, 'data')

/**
 * The datasets are fetched at run time, never bundled: the dev server serves `data/` under
 * `/data/`, and the build copies it to `dist/data/`, so a deployment swaps files without a rebuild.
 */
function dataFolder(): Plugin {
  let outDir = 'dist'
  return {
    name: 'promkarta-data-folder',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const path = normalize(
          join(DATA_DIR, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')),
        )
        if (!path.startsWith(DATA_DIR) || !existsSync(path) || !statSync(path).isFile())
          return next()
        res.setHeader(
          'Content-Type',
          extname(path) === '.md'
            ? 'text/markdown; charset=utf-8'
            : 'application/json; charset=utf-8',
        )
        createReadStream(path).pipe(res)
      })
    },
    closeBundle() {
      cpSync(DATA_DIR, join(outDir, 'data'), { recursive: true })
    },
  }
}

/** A strict Content-Security-Policy for the production page: nothing leaves the origin. */
function contentSecurityPolicy(extraConnect: string): Plugin {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${extraConnect ? ` ${extraConnect}` : ''}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ')
  return {
    name: 'promkarta-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  }
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  const extraConnect = (env.VITE_DATA_ALLOWED_ORIGINS ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .join(' ')
  return {
    base: './',
    plugins: [react(), dataFolder(), contentSecurityPolicy(extraConnect)],
    resolve: { alias: { '@': resolve(import.meta.dirname, 'src') } },
    build: { target: 'es2022', sourcemap: true },
    preview: { port: 4173, strictPort: true },
    server: { port: 5173 },
  }
})
