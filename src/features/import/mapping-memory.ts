import { IMPORT_KINDS, type ImportKind } from '@/domain/import/import-kinds'

/** Versioned: a change of the mapping format gets a new key and old entries are ignored. */
const STORAGE_KEY = 'promkarta.import.mappings.v1'

interface Remembered {
  kind: ImportKind
  mapping: unknown[]
}

function readAll(): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}')
    return parsed !== null && typeof parsed === 'object'
      ? (parsed as Record<string, unknown>)
      : {}
  } catch {
    return {}
  }
}

/** The dataset and mapping the user chose for this header set, if any (checked later). */
export function recallMapping(headerKey: string): Remembered | undefined {
  const entry = readAll()[headerKey] as Partial<Remembered> | undefined
  if (
    !entry ||
    !(IMPORT_KINDS as readonly unknown[]).includes(entry.kind) ||
    !Array.isArray(entry.mapping)
  )
    return undefined
  return { kind: entry.kind as ImportKind, mapping: entry.mapping }
}

export function rememberMapping(
  headerKey: string,
  kind: ImportKind,
  mapping: readonly unknown[],
): void {
  try {
    const all = readAll()
    all[headerKey] = { kind, mapping }
    localStorage.setItem(STORAGE_KEY, JSON.stringify(all))
  } catch {
    // Private mode or a full storage: the mapping is simply not remembered.
  }
}
