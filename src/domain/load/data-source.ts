export interface DataSourceInput {
  /** `location.search` of the page. */
  search: string
  /** `location.href` of the page, to resolve relative paths against. */
  pageUrl: string
  /** Default data folder: the build variable, or `data/` next to the app. */
  defaultUrl: string
  /** Origins besides the page's own that a `data` link may point to. */
  allowedOrigins: readonly string[]
}

/**
 * Where the data files come from. Today a folder of files by URL: the bundled folder, or
 * another one a link named. Files a user imports will be another kind.
 */
export type DataSource = FolderSource

/** A folder of data files, fetched by URL. */
export interface FolderSource {
  kind: 'folder'
  /** Absolute URL of the data folder, ending in `/`. */
  baseUrl: string
  /** The bundled folder (the build's default), not one a link chose. */
  isDefault: boolean
  /** A `data` parameter that was refused, and why; the default folder is used instead. */
  rejected?: { value: string; reason: 'origin' | 'invalid' }
}

/** The folder of data files at `baseUrl` (absolute, ending in `/`). */
export function folderSource(
  baseUrl: string,
  isDefault: boolean,
  rejected?: FolderSource['rejected'],
): FolderSource {
  return rejected
    ? { kind: 'folder', baseUrl, isDefault, rejected }
    : { kind: 'folder', baseUrl, isDefault }
}

/**
 * Decides where the data comes from. A `data` query parameter is followed only to the page's
 * own origin or a listed one, because a link is an easy way to slip false figures onto an
 * official's screen.
 */
export function resolveDataSource(input: DataSourceInput): DataSource {
  const defaultUrl = asFolder(new URL(input.defaultUrl, input.pageUrl)).href
  const requested = new URLSearchParams(input.search).get('data')
  if (requested === null || requested.trim() === '') {
    return folderSource(defaultUrl, true)
  }
  let url: URL
  try {
    url = new URL(requested.trim(), input.pageUrl)
  } catch {
    return folderSource(defaultUrl, true, { value: requested, reason: 'invalid' })
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return folderSource(defaultUrl, true, { value: requested, reason: 'invalid' })
  }
  const pageOrigin = new URL(input.pageUrl).origin
  const allowed = new Set([pageOrigin, ...input.allowedOrigins.map(originOf)])
  if (!allowed.has(url.origin)) {
    return folderSource(defaultUrl, true, { value: requested, reason: 'origin' })
  }
  const baseUrl = asFolder(url).href
  return folderSource(baseUrl, baseUrl === defaultUrl)
}

/** Reads a comma- or space-separated list of origins (the deployment's allow-list). */
export function parseAllowedOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(originOf)
    .filter((origin) => origin !== 'null')
}

function originOf(value: string): string {
  try {
    return new URL(value).origin
  } catch {
    return 'null'
  }
}

function asFolder(url: URL): URL {
  const copy = new URL(url.href)
  copy.search = ''
  copy.hash = ''
  if (!copy.pathname.endsWith('/')) copy.pathname += '/'
  return copy
}
