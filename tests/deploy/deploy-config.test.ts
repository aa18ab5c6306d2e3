// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  cacheControl,
  contentSecurityPolicy,
  securityHeaders,
} from '../../deploy/headers'

const DEPLOY = join(import.meta.dirname, '..', '..', 'deploy')
const read = (file: string) => readFileSync(join(DEPLOY, file), 'utf8')

/** `add_header Name "value" always;` lines of an nginx file, in order. */
function nginxHeaders(text: string): [string, string][] {
  return [...text.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/gm)].map(
    (m) => [m[1] ?? '', m[2] ?? ''],
  )
}

/** The body of one nginx `location PREFIX { … }` block. */
function nginxLocation(text: string, prefix: string): string {
  const start = text.indexOf(`location ${prefix} {`)
  if (start < 0) throw new Error(`no location ${prefix}`)
  return text.slice(start, text.indexOf('}', start))
}

describe('the nginx config', () => {
  const snippet = read('nginx/security-headers.conf')
  const server = read('nginx/promkarta.conf')

  it('sends exactly the security headers npm start sends', () => {
    expect(Object.fromEntries(nginxHeaders(snippet))).toEqual(securityHeaders())
  })

  it('repeats them in every location that sets its own header, with the same caching', () => {
    for (const [prefix, path] of [
      ['/assets/', '/assets/index-abc123.js'],
      ['/data/', '/data/manifest.json'],
      ['/', '/'],
    ] as const) {
      const block = nginxLocation(server, prefix)
      expect(block, prefix).toContain(
        'include /etc/nginx/snippets/promkarta-security-headers.conf;',
      )
      expect(Object.fromEntries(nginxHeaders(block)), prefix).toEqual({
        'Cache-Control': cacheControl(path),
      })
    }
  })

  it('never serves source maps', () => {
    expect(server).toMatch(/location ~ \\\.map\$ \{\s*return 404;/)
  })
})

describe('the Caddyfile', () => {
  const text = read('Caddyfile')

  it('sends exactly the security headers npm start sends', () => {
    const block = text.slice(
      text.indexOf('header {'),
      text.indexOf('}', text.indexOf('header {')),
    )
    const headers = [...block.matchAll(/^\s*([\w-]+)\s+"([^"]*)"$/gm)].map((m) => [
      m[1],
      m[2],
    ])
    expect(Object.fromEntries(headers)).toEqual(securityHeaders())
  })

  it('caches hashed assets for good and revalidates the rest', () => {
    expect(text).toContain(
      `header @assets Cache-Control "${cacheControl('/assets/a.js')}"`,
    )
    expect(text).toContain(
      `header @revalidate Cache-Control "${cacheControl('/data/x.json')}"`,
    )
    expect(text).toMatch(/respond @maps 404/)
  })
})

describe('the offline app (service worker and web app manifest)', () => {
  it('is allowed by the policy, in the header and in the page', () => {
    for (const policy of [contentSecurityPolicy(), contentSecurityPolicy({}, true)]) {
      const directives = policy.split('; ')
      expect(directives).toContain("worker-src 'self' blob:")
      expect(directives).toContain("manifest-src 'self'")
    }
  })

  it('revalidates the worker and the manifest, so a new version is found at once', () => {
    for (const path of ['/sw.js', '/workbox-0123abcd.js', '/manifest.webmanifest'])
      expect(cacheControl(path), path).toBe('no-cache')
  })

  it('nginx serves them from the revalidated location, with their types and every other type', () => {
    const server = read('nginx/promkarta.conf')
    // No location but `/` takes them: a prefix of theirs or a regex matching their name.
    const prefixes = [...server.matchAll(/^\s*location\s+([^~=\s][^\s]*)\s*\{/gm)].map(
      (m) => m[1] ?? '',
    )
    for (const path of ['/sw.js', '/workbox-0123abcd.js', '/manifest.webmanifest']) {
      const longest = prefixes
        .filter((prefix) => path.startsWith(prefix))
        .sort((a, b) => b.length - a.length)[0]
      expect(longest, path).toBe('/')
    }
    // A server-level `types` block replaces nginx's list: it must include it again first.
    const types = server.indexOf('types {')
    const include = server.indexOf('include /etc/nginx/mime.types;')
    expect(include).toBeGreaterThan(-1)
    expect(include).toBeLessThan(types)
    expect(server).toMatch(/application\/manifest\+json webmanifest;/)
  })

  it('Caddy revalidates the worker and sends the manifest type', () => {
    const text = read('Caddyfile')
    expect(text).toContain('@revalidate not path /assets/*')
    expect(text).toMatch(
      /@manifest path \*\.webmanifest\s+header @manifest Content-Type "application\/manifest\+json"/,
    )
  })
})
