import { type ChildProcess, spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cacheControl, securityHeaders } from '../../deploy/headers'
import { APP_DIR } from './support/app-dir'
import { useServedApp } from './support/app-harness'
import { serveFolder } from './support/static-server'

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => done(port))
    })
  })
}

/** `npm start` without its build step: vite preview of the built app, as users run it. */
async function startPreview(port: number): Promise<ChildProcess> {
  const child = spawn(
    join('node_modules', '.bin', 'vite'),
    [
      'preview',
      '--outDir',
      APP_DIR,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: 'ignore' },
  )
  const until = Date.now() + 30_000
  while (Date.now() < until) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  child.kill()
  throw new Error('vite preview did not start')
}

// The harness serves the framing pages from another origin and gives the browser.
const other = useServedApp()
let preview: ChildProcess | undefined
let origin = ''

beforeAll(async () => {
  const port = await freePort()
  preview = await startPreview(port)
  origin = `http://127.0.0.1:${port}`
})
afterAll(() => {
  preview?.kill()
})

describe('npm start (vite preview)', () => {
  it('sends the security headers and caching of deploy/headers.ts', async () => {
    const page = await fetch(`${origin}/`)
    for (const [name, value] of Object.entries(securityHeaders()))
      expect(page.headers.get(name), name).toBe(value)
    expect(page.headers.get('Cache-Control')).toBe('no-cache')
    expect(page.headers.get('Content-Security-Policy')).toContain(
      "frame-ancestors 'self'",
    )
    const data = await fetch(`${origin}/data/manifest.json`)
    expect(data.headers.get('Cache-Control')).toBe(cacheControl('/data/manifest.json'))
    const script = readdirSync(join(APP_DIR, 'assets')).find((f) => f.endsWith('.js'))
    const asset = await fetch(`${origin}/assets/${script}`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    expect(asset.headers.get('X-Content-Type-Options')).toBe('nosniff')
  })

  it('serves no source map and a real robots.txt', async () => {
    const map = readdirSync(join(APP_DIR, 'assets')).find((f) => f.endsWith('.js.map'))
    expect(map).toBeDefined()
    expect((await fetch(`${origin}/assets/${map}`)).status).toBe(404)
    const robots = await fetch(`${origin}/robots.txt`)
    expect(robots.headers.get('Content-Type')).toMatch(/^text\/plain/)
    const text = await robots.text()
    expect(text).toContain('User-agent: *')
    expect(text).not.toContain('<html')
  })

  it('cannot be framed by a page of another origin, and can by its own', async () => {
    const dir = await import('node:fs/promises').then((fs) =>
      fs.mkdtemp(join(process.env.TMPDIR ?? '/tmp', 'promkarta-frame-')),
    )
    const { writeFile } = await import('node:fs/promises')
    await writeFile(
      join(dir, 'index.html'),
      `<!doctype html><iframe id="f" src="${origin}/" width="800" height="600"></iframe>`,
    )
    const foreign = await serveFolder(dir)
    try {
      const context = await other.browser.newContext()
      const page = await context.newPage()
      // `load` waits for the frame to settle, blocked or not.
      await page.goto(foreign.url, { waitUntil: 'load' })
      const frame = page.frames().find((f) => f !== page.mainFrame())
      // A blocked frame shows the browser's error page, never the dashboard.
      expect(frame?.url()).toBe('chrome-error://chromewebdata/')
      expect(await frame?.locator('#root').count()).toBe(0)

      // Positive control: the same page on the app's own origin embeds it.
      await page.goto(`${origin}/`)
      await page.setContent(
        `<iframe id="f" src="${origin}/" width="800" height="600"></iframe>`,
      )
      await expect
        .poll(async () => {
          const own = page.frames().find((f) => f !== page.mainFrame())
          return own ? await own.locator('#root').count() : 0
        })
        .toBe(1)
      await context.close()
    } finally {
      await foreign.close()
    }
  })
})
