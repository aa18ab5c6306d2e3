import type { Locale } from '@/shared/format/format'

/**
 * How a day is typed in the period fields: «ДД.ММ.ГГГГ» in Russian whatever the browser; in
 * English the browser's own order (en-US month first, other English locales day first).
 * `YYYY-MM-DD` is accepted in every pattern.
 */
export type DatePattern = 'dmy-dot' | 'mdy-slash' | 'dmy-slash'

/** The pattern for the interface language and the browser's language tag. */
export function datePattern(language: Locale, browser: string | undefined): DatePattern {
  if (language === 'ru') return 'dmy-dot'
  return /^en-US\b/i.test(browser ?? '') ? 'mdy-slash' : 'dmy-slash'
}

/** The pattern as a person reads it, for a placeholder: «ДД.ММ.ГГГГ», `MM/DD/YYYY`. */
export function patternHint(pattern: DatePattern, language: Locale): string {
  if (pattern === 'dmy-dot') return language === 'ru' ? 'ДД.ММ.ГГГГ' : 'DD.MM.YYYY'
  return pattern === 'mdy-slash' ? 'MM/DD/YYYY' : 'DD/MM/YYYY'
}

/** An ISO day `YYYY-MM-DD` in the pattern; anything else comes back as it is. */
export function formatDayInput(iso: string, pattern: DatePattern): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return iso
  const [, year, month, day] = match
  if (pattern === 'dmy-dot') return `${day}.${month}.${year}`
  return pattern === 'mdy-slash' ? `${month}/${day}/${year}` : `${day}/${month}/${year}`
}

/** What a typed period bound means: an ISO day, an open bound, or why it is not a day. */
export type ParsedDay =
  { ok: true; iso: string | null } | { ok: false; reason: 'format' | 'impossible' }

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/
// Day, month and year parted by a dot, slash, dash or space; or eight digits with no parts
// (a phone's numeric keypad may have no dot).
const PARTED = /^(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{4})$/
const SOLID = /^(\d{2})(\d{2})(\d{4})$/

/**
 * Reads a typed day in the pattern (or ISO). Empty text opens the bound. A day that does not
 * exist, such as 31.02.2025, is `impossible`; text of another shape is `format`.
 */
export function parseDayInput(text: string, pattern: DatePattern): ParsedDay {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, iso: null }
  const iso = ISO.exec(trimmed)
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const parts = PARTED.exec(trimmed) ?? SOLID.exec(trimmed)
  if (!parts) return { ok: false, reason: 'format' }
  const [first, second, year] = [Number(parts[1]), Number(parts[2]), Number(parts[3])]
  return pattern === 'mdy-slash' ? day(year, first, second) : day(year, second, first)
}

function day(year: number, month: number, date: number): ParsedDay {
  if (year < 1000) return { ok: false, reason: 'format' }
  const real = new Date(Date.UTC(year, month - 1, date))
  if (
    month < 1 ||
    month > 12 ||
    real.getUTCFullYear() !== year ||
    real.getUTCMonth() !== month - 1 ||
    real.getUTCDate() !== date
  )
    return { ok: false, reason: 'impossible' }
  const pad = (n: number) => String(n).padStart(2, '0')
  return { ok: true, iso: `${year}-${pad(month)}-${pad(date)}` }
}
