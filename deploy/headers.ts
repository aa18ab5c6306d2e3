/**
 * The HTTP headers the dashboard is served with: one definition for `npm start` (vite
 * preview) and the checked-in server configs in this folder, which a test keeps in step.
 */

export interface HeaderOptions {
  /** Extra origins the app may fetch data from (`VITE_DATA_ALLOWED_ORIGINS`). */
  connectOrigins?: readonly string[]
  /** Sites allowed to embed the dashboard in a frame (`VITE_EMBED_ORIGINS`). */
  frameOrigins?: readonly string[]
}

const join = (first: string, extra: readonly string[] = []) => [first, ...extra].join(' ')

/**
 * The Content-Security-Policy: nothing leaves the origin. The offline app needs `worker-src`
 * (its service worker, `sw.js`) and `manifest-src` (its web app manifest) on the origin. `frame-ancestors` works only as a
 * header, so the `<meta>` copy in the page leaves it out (`forMeta`).
 */
export function contentSecurityPolicy(
  options: HeaderOptions = {},
  forMeta = false,
): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${join("'self'", options.connectOrigins)}`,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    ...(forMeta ? [] : [`frame-ancestors ${join("'self'", options.frameOrigins)}`]),
  ].join('; ')
}

/** Headers every response carries. */
export function securityHeaders(options: HeaderOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)',
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
}

/**
 * Caching by path: hashed assets forever, the data folder, the page, the service worker
 * (`sw.js`) and the web app manifest always revalidated (so a new data file shows at the next
 * visit, and a new version of the app is found at once).
 */
export function cacheControl(pathname: string): string {
  if (pathname.startsWith('/assets/')) return 'public, max-age=31536000, immutable'
  return 'no-cache'
}

/** Source maps are built for profiling but never served. */
export const isSourceMap = (pathname: string): boolean => pathname.endsWith('.map')

/** Splits a build variable's list of origins («https://a.ru https://b.ru» or comma-separated). */
export function originList(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean)
}
