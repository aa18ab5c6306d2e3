import { cpSync, createReadStream, existsSync, statSync } from 'node:fs'
import { extname, join, normalize, resolve } from 'node:path'

import react from '@vitejs/plugin-react'
import { type Plugin, defineConfig, loadEnv } from 'vite'

import {
  type HeaderOptions,
  cacheControl,
  contentSecurityPolicy,
  isSourceMap,
  originList,
  securityHeaders,
} from './deploy/headers'

/**
 * The data folder the build copies and the dev server serves: `data/` unless `PROMKARTA_DATA`
 * names another one, so a user's files live outside `dist/` and survive every rebuild.
 */
const DATA_DIR = resolve(
  process.env.PROMKARTA_DATA ?? resolve(import.meta.dirname, 'data'),
)

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

/** The page's own copy of the policy, for static hosts that cannot send headers. */
function contentSecurityPolicyMeta(options: HeaderOptions): Plugin {
  return {
    name: 'promkarta-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy(options, true),
        },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/** `npm start` (vite preview) sends the same headers as the configs in `deploy/`. */
function previewHeaders(options: HeaderOptions): Plugin {
  const headers = securityHeaders(options)
  return {
    name: 'promkarta-preview-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://localhost').pathname
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
        res.setHeader('Cache-Control', cacheControl(pathname))
        if (isSourceMap(pathname)) {
          res.statusCode = 404
          res.end('Not found')
          return
        }
        next()
      })
    },
  }
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  const headers: HeaderOptions = {
    connectOrigins: originList(env.VITE_DATA_ALLOWED_ORIGINS),
    frameOrigins: originList(env.VITE_EMBED_ORIGINS),
  }
  return {
    base: './',
    plugins: [
      react(),
      dataFolder(),
      contentSecurityPolicyMeta(headers),
      previewHeaders(headers),
    ],
    resolve: { alias: { '@': resolve(import.meta.dirname, 'src') } },
    // Maps for profiling (`npm run bench:profile`), without a link to them in the code.
    build: { target: 'es2022', sourcemap: 'hidden' },
    preview: { port: 4173, strictPort: true },
    server: { port: 5173 },
  }
})
