import { useSyncExternalStore } from 'react'

import { type CsvDialect, defaultDialect } from '@/domain/export/csv-dialect'
import type { Locale } from '@/shared/format/format'

const KEY = 'promkarta:csv-dialect'
const listeners = new Set<() => void>()

function stored(): CsvDialect | null {
  try {
    const value = window.sessionStorage.getItem(KEY)
    return value === 'excel-ru' || value === 'rfc4180' ? value : null
  } catch {
    return null
  }
}

let choice: CsvDialect | null = typeof window === 'undefined' ? null : stored()

/**
 * The CSV dialect of every CSV the export menu saves: the one the user picked in this session
 * (kept in `sessionStorage`), else the interface language's (Russian Excel or RFC 4180).
 */
export function csvDialectFor(locale: Locale): CsvDialect {
  return choice ?? defaultDialect(locale)
}

/** Remembers the user's pick for the rest of the session; `null` follows the language again. */
export function chooseCsvDialect(dialect: CsvDialect | null): void {
  choice = dialect
  try {
    if (dialect === null) window.sessionStorage.removeItem(KEY)
    else window.sessionStorage.setItem(KEY, dialect)
  } catch {
    // No session storage: the pick still holds until the page is left.
  }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The dialect in force for a language, following the user's pick. */
export function useCsvDialect(locale: Locale): CsvDialect {
  return useSyncExternalStore(subscribe, () => csvDialectFor(locale))
}
