import { cpSync, createReadStream, existsSync, statSync } from 'node:fs'
import { extname, join, normalize, resolve } from 'node:path'

import react from '@vitejs/plugin-react'
import { type Plugin, defineConfig, loadEnv } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

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

/**
 * Runs inside the service worker (workbox-build copies its source there, so it may use nothing
 * from this file): when a data file is answered from the cache because the network failed, it
 * tells the page that asked, with the `date` its server sent the file with. The page shows
 * «нет сети — показаны данные от …» (`src/features/offline/service-worker.ts` reads it).
 */
const announceCachedData = {
  cachedResponseWillBeUsed: async ({
    cachedResponse,
    event,
  }: {
    cachedResponse?: Response
    event?: { clientId?: string; resultingClientId?: string }
  }) => {
    if (cachedResponse) {
      const scope = self as unknown as {
        clients: {
          get: (id: string) => Promise<{ postMessage: (m: unknown) => void } | undefined>
        }
      }
      const id = event?.clientId || event?.resultingClientId
      const client = id ? await scope.clients.get(id) : undefined
      client?.postMessage({
        type: 'promkarta:data-from-cache',
        date: cachedResponse.headers.get('date'),
      })
    }
    return cachedResponse
  },
}

/**
 * The installable offline app: the app shell (every built file) and the boundaries are
 * precached, the data files are fetched network-first with a cache, so a presenter who opened
 * the dashboard once opens it again without a network. A new version waits for the user
 * (`registerType: 'prompt'`, registered by `src/features/offline`), never reloads by itself.
 */
function offlineApp(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    filename: 'sw.js',
    manifestFilename: 'manifest.webmanifest',
    manifest: {
      id: './',
      name: 'Промкарта',
      short_name: 'Промкарта',
      description:
        'Промкарта — промышленность региона на карте, во времени и в кооперации',
      lang: 'ru',
      dir: 'ltr',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f4f5f7',
      theme_color: '#0b5cad',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        {
          src: 'icons/maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    workbox: {
      // The app shell, every lazy chunk included, and the boundaries (copied by dataFolder()
      // before this plugin writes the worker).
      globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}', 'data/geo/*.geojson'],
      globIgnores: ['**/*.map', 'sw.js', 'workbox-*.js'],
      // The spreadsheet export chunk is large; it must work offline too.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\/data\//],
      sourcemap: false,
      // The first worker takes the page that installed it (see src/features/offline);
      // a new version still waits for the user (no skipWaiting).
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          // Data files of this origin: the newest when the network answers, else the cache.
          urlPattern: ({ url, sameOrigin }) =>
            sameOrigin && url.pathname.includes('/data/'),
          handler: 'NetworkFirst',
          options: {
            cacheName: 'promkarta-data',
            cacheableResponse: { statuses: [200] },
            plugins: [announceCachedData],
          },
        },
      ],
    },
  })
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
      // After dataFolder(): the worker precaches the boundaries it copies.
      offlineApp(),
    ],
    resolve: { alias: { '@': resolve(import.meta.dirname, 'src') } },
    // Maps for profiling (`npm run bench:profile`), without a link to them in the code.
    build: { target: 'es2022', sourcemap: 'hidden' },
    preview: { port: 4173, strictPort: true },
    server: { port: 5173 },
  }
})
