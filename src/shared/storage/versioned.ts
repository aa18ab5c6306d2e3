/**
 * Versioned browser storage with no silent loss: a stored value carries `version` at its top
 * level; older versions are migrated step by step on reading; anything that cannot be read
 * (not JSON, no version, a newer or unknown version, a shape the decoder rejects) is copied to
 * a backup key `<key>.backup.<timestamp>` before anything may overwrite it, and reported.
 */

/** The part of `Storage` used here (a stub in tests). `key`/`length` let backups be found. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'> &
  Partial<Pick<Storage, 'key' | 'length'>>

/** Turns stored data of version `n` into version `n + 1`. */
export type Migration = (data: unknown) => unknown

export interface VersionedSpec<T> {
  key: string
  /** The version written now. */
  version: number
  /** Steps by the version they start from. */
  migrations?: Readonly<Record<number, Migration>>
  /** The value of current-version data, or `null` when its shape is not readable. */
  decode: (data: unknown) => T | null
}

type UnreadableReason = 'malformed' | 'no-version' | 'newer' | 'no-migration' | 'invalid'

/** Stored content that could not be read: kept aside, never overwritten. */
export interface Unreadable {
  key: string
  /** The stored text as it was. */
  raw: string
  reason: UnreadableReason
  /** The version the content claims, when it claims one. */
  version?: number
  /** Where the copy was kept; `null` when the browser refused to keep one. */
  backupKey: string | null
}

export type ReadResult<T> =
  | { status: 'empty' }
  | { status: 'unavailable' }
  | { status: 'ok'; value: T }
  | ({ status: 'unreadable' } & Unreadable)

/** The backup key of `key` written at `time`. */
const backupKeyOf = (key: string, time: number): string => `${key}.backup.${time}`

/** Why the stored text is unreadable, or its current-version value. */
function decodeStored<T>(
  raw: string,
  spec: VersionedSpec<T>,
): { value: T } | { reason: UnreadableReason; version?: number } {
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return { reason: 'malformed' }
  }
  const claimed = versionOf(data)
  if (claimed === null) return { reason: 'no-version' }
  if (claimed > spec.version) return { reason: 'newer', version: claimed }
  let at = claimed
  while (at < spec.version) {
    const step = spec.migrations?.[at]
    if (!step) return { reason: 'no-migration', version: claimed }
    try {
      data = step(data)
    } catch {
      return { reason: 'no-migration', version: claimed }
    }
    at = versionOf(data) ?? at + 1
  }
  if (at !== spec.version) return { reason: 'invalid', version: claimed }
  let value: T | null
  try {
    value = spec.decode(data)
  } catch {
    value = null
  }
  return value === null ? { reason: 'invalid', version: claimed } : { value }
}

/** An existing backup of `key` holding exactly `raw`, so a reload does not copy it again. */
function existingBackup(storage: KeyValueStore, key: string, raw: string): string | null {
  if (typeof storage.key !== 'function' || typeof storage.length !== 'number') return null
  const prefix = `${key}.backup.`
  for (let i = 0; i < storage.length; i++) {
    const name = storage.key(i)
    if (name?.startsWith(prefix) && storage.getItem(name) === raw) return name
  }
  return null
}

/** Copies `raw` aside; the key written (or found), or `null` when the browser refuses. */
export function keepBackup(
  storage: KeyValueStore,
  key: string,
  raw: string,
  now: () => number = Date.now,
): string | null {
  try {
    const found = existingBackup(storage, key, raw)
    if (found) return found
    const name = backupKeyOf(key, now())
    storage.setItem(name, raw)
    return name
  } catch {
    return null
  }
}

/** Reads `spec.key`. Never throws; unreadable content is backed up before it is reported. */
export function readVersioned<T>(
  storage: KeyValueStore | null | undefined,
  spec: VersionedSpec<T>,
  now: () => number = Date.now,
): ReadResult<T> {
  if (!storage) return { status: 'unavailable' }
  let raw: string | null
  try {
    raw = storage.getItem(spec.key)
  } catch {
    return { status: 'unavailable' }
  }
  if (raw === null) return { status: 'empty' }
  const decoded = decodeStored(raw, spec)
  if ('value' in decoded) return { status: 'ok', value: decoded.value }
  return {
    status: 'unreadable',
    key: spec.key,
    raw,
    ...decoded,
    backupKey: keepBackup(storage, spec.key, raw, now),
  }
}

/**
 * Writes `data` (the stored form) as the current version. Content there that cannot be read
 * is backed up first; when that backup fails, nothing is written. False when nothing was.
 */
export function writeVersioned<T>(
  storage: KeyValueStore | null | undefined,
  spec: VersionedSpec<T>,
  data: object,
  now: () => number = Date.now,
): boolean {
  if (!storage) return false
  try {
    const current = storage.getItem(spec.key)
    if (
      current !== null &&
      !('value' in decodeStored(current, spec)) &&
      keepBackup(storage, spec.key, current, now) === null
    )
      return false
    storage.setItem(spec.key, JSON.stringify({ ...data, version: spec.version }))
    return true
  } catch {
    return false
  }
}

function versionOf(data: unknown): number | null {
  return typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    typeof (data as { version?: unknown }).version === 'number'
    ? (data as { version: number }).version
    : null
}
