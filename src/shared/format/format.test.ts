import { describe, expect, it } from 'vitest'

import { type Locale, formatDate, formatNumber, formatNumericMonth } from './format'

const TAG: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' }
const LOCALES: Locale[] = ['ru', 'en']
const intlDate = (locale: Locale, options: Intl.DateTimeFormatOptions, iso: string) => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number)
  return new Intl.DateTimeFormat(TAG[locale], { ...options, timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, d)))
    .replace(/\s*г\.$/, '')
}

describe('formatDate', () => {
  it.each(LOCALES)('writes every month and day as Intl does (%s)', (locale) => {
    for (let month = 1; month <= 12; month++) {
      const mm = String(month).padStart(2, '0')
      expect(formatDate(`2025-${mm}`, 'month', locale)).toBe(
        intlDate(locale, { month: 'long', year: 'numeric' }, `2025-${mm}-01`),
      )
      for (const day of [1, 9, 15, 28]) {
        const iso = `1999-${mm}-${String(day).padStart(2, '0')}`
        expect(formatDate(iso, 'day', locale)).toBe(
          intlDate(locale, { day: 'numeric', month: 'long', year: 'numeric' }, iso),
        )
      }
    }
  })

  it('says «не позднее» for a date known as an upper bound', () => {
    expect(formatDate('2025-11-15', 'on-or-before', 'ru')).toBe(
      'не позднее 15 ноября 2025',
    )
    expect(formatDate('2025-11-15', 'on-or-before', 'en')).toBe(
      'on or before 15 November 2025',
    )
  })
})

describe('formatNumericMonth', () => {
  it.each(LOCALES)('writes a month in digits as Intl does (%s)', (locale) => {
    for (const iso of ['2024-07', '1999-12', '2030-01']) {
      expect(formatNumericMonth(iso, locale)).toBe(
        intlDate(locale, { month: '2-digit', year: 'numeric' }, `${iso}-01`),
      )
    }
  })
})

describe('formatNumber', () => {
  it.each(LOCALES)('groups digits as Intl does (%s)', (locale) => {
    const intl = new Intl.NumberFormat(TAG[locale])
    for (const value of [
      0, 7, 42, 999, 1000, 1234, 9999, 10000, 12345, 123456, 1234567, -5, -12345,
      100000000, 2.5, 1234.75,
    ]) {
      expect(formatNumber(value, locale)).toBe(intl.format(value))
    }
  })
})
