import { createReadStream, existsSync, statSync } from 'node:fs'
import { type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'
import { createGzip } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
}

/** Types a production server compresses (as `npm start` and the deploy/ configs do). */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.geojson', '.svg', '.md'])

/**
 * Serves a folder on 127.0.0.1 (a free port); `extra` maps URL prefixes to other folders.
 * With `gzip`, text is sent gzip-encoded to clients that accept it, like a deployment.
 */
export async function serveFolder(
  root: string,
  extra: Record<string, string> = {},
  { gzip = false }: { gzip?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const base = resolve(root)
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const mount = Object.keys(extra).find((prefix) => pathname.startsWith(prefix))
    const folder = mount ? resolve(extra[mount] ?? base) : base
    const relative = mount ? pathname.slice(mount.length) : pathname
    let file = normalize(join(folder, relative))
    if (!file.startsWith(folder)) {
      res.writeHead(403).end()
      return
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
      return
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream'
    const accepts = String(req.headers['accept-encoding'] ?? '').includes('gzip')
    if (gzip && accepts && COMPRESSED.has(extname(file))) {
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Encoding': 'gzip',
        Vary: 'Accept-Encoding',
      })
      createReadStream(file).pipe(createGzip()).pipe(res)
      return
    }
    res.writeHead(200, { 'Content-Type': type })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}
