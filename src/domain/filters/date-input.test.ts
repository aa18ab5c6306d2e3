import { describe, expect, it } from 'vitest'

import { datePattern, formatDayInput, parseDayInput, patternHint } from './date-input'

describe('datePattern', () => {
  it('is ДД.ММ.ГГГГ in Russian whatever the browser', () => {
    expect(datePattern('ru', 'en-US')).toBe('dmy-dot')
    expect(datePattern('ru', 'de-DE')).toBe('dmy-dot')
    expect(datePattern('ru', undefined)).toBe('dmy-dot')
  })

  it('follows an English browser in English: month first only in en-US', () => {
    expect(datePattern('en', 'en-US')).toBe('mdy-slash')
    expect(datePattern('en', 'en-us')).toBe('mdy-slash')
    expect(datePattern('en', 'en-GB')).toBe('dmy-slash')
    expect(datePattern('en', 'en-AU')).toBe('dmy-slash')
    expect(datePattern('en', 'ru-RU')).toBe('dmy-slash')
    expect(datePattern('en', undefined)).toBe('dmy-slash')
  })

  it('names the pattern for a placeholder', () => {
    expect(patternHint('dmy-dot', 'ru')).toBe('ДД.ММ.ГГГГ')
    expect(patternHint('mdy-slash', 'en')).toBe('MM/DD/YYYY')
    expect(patternHint('dmy-slash', 'en')).toBe('DD/MM/YYYY')
  })
})

describe('formatDayInput', () => {
  it('writes an ISO day in the pattern', () => {
    expect(formatDayInput('2025-11-05', 'dmy-dot')).toBe('05.11.2025')
    expect(formatDayInput('2025-11-05', 'mdy-slash')).toBe('11/05/2025')
    expect(formatDayInput('2025-11-05', 'dmy-slash')).toBe('05/11/2025')
  })
})

describe('parseDayInput', () => {
  it('reads the Russian pattern, with one-digit parts and other separators', () => {
    expect(parseDayInput('05.11.2025', 'dmy-dot')).toEqual({
      ok: true,
      iso: '2025-11-05',
    })
    expect(parseDayInput(' 5.1.2025 ', 'dmy-dot')).toEqual({
      ok: true,
      iso: '2025-01-05',
    })
    expect(parseDayInput('05/11/2025', 'dmy-dot')).toEqual({
      ok: true,
      iso: '2025-11-05',
    })
    expect(parseDayInput('05112025', 'dmy-dot')).toEqual({ ok: true, iso: '2025-11-05' })
  })

  it('reads month first in en-US and day first in other English', () => {
    expect(parseDayInput('11/05/2025', 'mdy-slash')).toEqual({
      ok: true,
      iso: '2025-11-05',
    })
    expect(parseDayInput('11/05/2025', 'dmy-slash')).toEqual({
      ok: true,
      iso: '2025-05-11',
    })
  })

  it('always accepts ISO', () => {
    for (const pattern of ['dmy-dot', 'mdy-slash', 'dmy-slash'] as const)
      expect(parseDayInput('2025-11-05', pattern)).toEqual({
        ok: true,
        iso: '2025-11-05',
      })
  })

  it('opens the bound on empty text', () => {
    expect(parseDayInput('  ', 'dmy-dot')).toEqual({ ok: true, iso: null })
  })

  it('tells an impossible day from text that is not a date', () => {
    expect(parseDayInput('31.02.2025', 'dmy-dot')).toEqual({
      ok: false,
      reason: 'impossible',
    })
    expect(parseDayInput('29.02.2025', 'dmy-dot')).toEqual({
      ok: false,
      reason: 'impossible',
    })
    expect(parseDayInput('29.02.2024', 'dmy-dot')).toEqual({
      ok: true,
      iso: '2024-02-29',
    })
    expect(parseDayInput('01.13.2025', 'dmy-dot')).toEqual({
      ok: false,
      reason: 'impossible',
    })
    expect(parseDayInput('00.01.2025', 'dmy-dot')).toEqual({
      ok: false,
      reason: 'impossible',
    })
    expect(parseDayInput('2025-02-30', 'dmy-dot')).toEqual({
      ok: false,
      reason: 'impossible',
    })
    expect(parseDayInput('13/25/2025', 'mdy-slash')).toEqual({
      ok: false,
      reason: 'impossible',
    })
    expect(parseDayInput('5.11.25', 'dmy-dot')).toEqual({ ok: false, reason: 'format' })
    expect(parseDayInput('вчера', 'dmy-dot')).toEqual({ ok: false, reason: 'format' })
    expect(parseDayInput('05.11.0999', 'dmy-dot')).toEqual({
      ok: false,
      reason: 'format',
    })
  })

  it('reads back what it writes', () => {
    for (const pattern of ['dmy-dot', 'mdy-slash', 'dmy-slash'] as const)
      for (const iso of ['2024-02-29', '1999-12-31', '2025-01-09'])
        expect(parseDayInput(formatDayInput(iso, pattern), pattern)).toEqual({
          ok: true,
          iso,
        })
  })
})
