/** The interface languages, Russian first. */
export const LOCALES = ['ru', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** How precisely a date is known: a day, a month, or a day it happened on or before. */
export const DATE_PRECISIONS = ['day', 'month', 'on-or-before'] as const
export type DatePrecision = (typeof DATE_PRECISIONS)[number]

/**
 * Month names as `Intl.DateTimeFormat` writes them for ru-RU and en-GB (a unit test holds
 * them to it). Written out because the first Intl date formatter of a page loads the
 * locale's calendar data: the longest single step of the dashboard's first load.
 */
const MONTHS: Record<Locale, { alone: readonly string[]; ofDay: readonly string[] }> = {
  ru: {
    alone: [
      'январь',
      'февраль',
      'март',
      'апрель',
      'май',
      'июнь',
      'июль',
      'август',
      'сентябрь',
      'октябрь',
      'ноябрь',
      'декабрь',
    ],
    ofDay: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ],
  },
  en: {
    alone: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    ofDay: [],
  },
}
MONTHS.en.ofDay = MONTHS.en.alone

/** Digit group separators as ru-RU (a no-break space) and en-GB write them. */
const GROUP: Record<Locale, string> = { ru: '\u00a0', en: ',' }

const numberFormats = new Map<Locale, Intl.NumberFormat>()

/** Formats a number with the locale's grouping and decimal sign («12 345,5» / «12,345.5»). */
export function formatNumber(value: number, locale: Locale): string {
  const abs = Math.abs(value)
  // Up to three decimals, as Intl's default; anything else goes to Intl itself.
  if (abs > Number.MAX_SAFE_INTEGER / 1000 || !Number.isInteger(abs * 1000)) {
    let format = numberFormats.get(locale)
    if (!format) {
      format = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB')
      numberFormats.set(locale, format)
    }
    return format.format(value)
  }
  const [whole = '0', fraction] = String(abs).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, GROUP[locale])
  const sign = value < 0 ? '-' : ''
  return fraction
    ? `${sign}${grouped}${locale === 'ru' ? ',' : '.'}${fraction}`
    : sign + grouped
}

/** «07.2024» / «07/2024»: a month in digits, as the two locales write it. */
export function formatNumericMonth(month: string, locale: Locale): string {
  const [year = '1970', m = '01'] = month.split('-')
  return `${m.padStart(2, '0')}${locale === 'ru' ? '.' : '/'}${year}`
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
  const months = MONTHS[locale]
  if (precision === 'month' || iso.length === 7)
    return `${months.alone[month - 1]} ${year}`
  const text = `${day} ${months.ofDay[month - 1]} ${year}`
  if (precision === 'on-or-before')
    return locale === 'ru' ? `не позднее ${text}` : `on or before ${text}`
  return text
}

/** Picks the text in the interface language, falling back to Russian. */
export function localized(
  text: { ru: string; en?: string } | undefined,
  locale: Locale,
): string {
  if (!text) return ''
  return locale === 'en' ? (text.en ?? text.ru) : text.ru
}
