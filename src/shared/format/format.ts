/** The interface languages, Russian first. */
export const LOCALES = ['ru', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** How precisely a date is known: a day, a month, or a day it happened on or before. */
export const DATE_PRECISIONS = ['day', 'month', 'on-or-before'] as const
export type DatePrecision = (typeof DATE_PRECISIONS)[number]

const LOCALE_TAG: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' }

// Building an Intl formatter costs far more than using one: keep one per locale and shape.
const formatters = new Map<string, Intl.DateTimeFormat>()

function dateFormatter(locale: Locale, withDay: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withDay}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALE_TAG[locale], {
      ...(withDay ? { day: 'numeric' } : {}),
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    formatters.set(key, formatter)
  }
  return formatter
}

/** Formats a whole number with the locale's grouping («12 345» / «12,345»). */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(LOCALE_TAG[locale]).format(value)
}

/**
 * Formats an ISO date as precisely as it is known: «июль 2024», «15 ноября 2025»,
 * «не позднее 15 ноября 2025».
 */
export function formatDate(
  iso: string,
  precision: DatePrecision,
  locale: Locale,
): string {
  const [year = 1970, month = 1, day = 1] = iso.split('-').map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  if (precision === 'month' || iso.length === 7) {
    const text = dateFormatter(locale, false).format(date)
    return locale === 'ru' ? text.replace(/\s*г\.$/, '') : text
  }
  const text = dateFormatter(locale, true).format(date)
  const clean = locale === 'ru' ? text.replace(/\s*г\.$/, '') : text
  if (precision === 'on-or-before')
    return locale === 'ru' ? `не позднее ${clean}` : `on or before ${clean}`
  return clean
}

/** Picks the text in the interface language, falling back to Russian. */
export function localized(
  text: { ru: string; en?: string } | undefined,
  locale: Locale,
): string {
  if (!text) return ''
  return locale === 'en' ? (text.en ?? text.ru) : text.ru
}
