import { isRealCalendarDate } from '../schema/values'
import type { DatePrecision } from '@/shared/format/format'

// Patterns compiled once: parsing 100,000 rows must not compile a regex per cell.
const SPACES = /[\s\u00a0\u202f']/g
const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/
const PAIR_SPLIT = /\s*[;|/]\s*|\s*,\s+|\s+/
const DMY = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ].*)?$/
const YM = /^(\d{4})-(\d{1,2})$/
const MY = /^(\d{1,2})[./](\d{4})$/
const SERIAL = /^\d{1,7}([.,]\d+)?$/
const WORDS_DATE = /^(?:(\d{1,2})\s+)?([a-zа-яё]+)\.?\s+(\d{4})(?:\s*(?:г\.?|года?))?$/
const LIST_SPLIT = /\s*[;|\n]\s*/

/** `54,7818`, `54.7818`, `1 234,5` → a number; anything else → `undefined`. */
export function parseNumber(text: string): number | undefined {
  const compact = text.trim().replace(SPACES, '')
  if (!NUMBER.test(compact)) return undefined
  return Number(compact.replace(',', '.'))
}

/**
 * Both coordinates in one cell: «54.78, 32.05», «54,78; 32,05», «54,7818 32,0453»,
 * «54.78 / 32.05». Latitude first, as people and maps write it.
 */
export function parseCoordinatePair(
  text: string,
): { lat: number; lon: number } | undefined {
  const trimmed = text.trim()
  let parts = trimmed.split(PAIR_SPLIT).filter((p) => p !== '')
  // «54.78,32.05»: a comma between two dotted numbers.
  if (parts.length === 1 && trimmed.includes('.')) parts = trimmed.split(',')
  if (parts.length !== 2) return undefined
  const lat = parseNumber(parts[0] as string)
  const lon = parseNumber(parts[1] as string)
  if (lat === undefined || lon === undefined) return undefined
  return { lat, lon }
}

const MONTHS: Record<string, number> = {}
const MONTH_NAMES = [
  ['январь января янв january jan', 1],
  ['февраль февраля фев february feb', 2],
  ['март марта мар march mar', 3],
  ['апрель апреля апр april apr', 4],
  ['май мая may', 5],
  ['июнь июня июн june jun', 6],
  ['июль июля июл july jul', 7],
  ['август августа авг august aug', 8],
  ['сентябрь сентября сен сент september sep sept', 9],
  ['октябрь октября окт october oct', 10],
  ['ноябрь ноября ноя нояб november nov', 11],
  ['декабрь декабря дек december dec', 12],
] as const
for (const [names, month] of MONTH_NAMES)
  for (const name of names.split(' ')) MONTHS[name] = month

export interface ParsedDate {
  date: string
  precision: Extract<DatePrecision, 'day' | 'month'>
}

/** Excel's serial day 1 is 1900-01-01, with its fictitious 1900-02-29 (serial 60). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000
/** 1900-03-01 … 9999-12-31: serials that are certainly dates (earlier ones are ambiguous). */
const SERIAL_MIN = 61
const SERIAL_MAX = 2_958_465

/** An Excel serial date (`45976` = 2025-11-15) as `YYYY-MM-DD`; the time of day is dropped. */
export function excelSerialToIso(serial: number): string | undefined {
  if (!(serial >= SERIAL_MIN && serial <= SERIAL_MAX)) return undefined
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10)
}

const pad = (n: number) => String(n).padStart(2, '0')

function day(year: number, month: number, d: number): ParsedDate | undefined {
  const date = `${year}-${pad(month)}-${pad(d)}`
  return isRealCalendarDate(date) && month >= 1 && month <= 12
    ? { date, precision: 'day' }
    : undefined
}

function month(year: number, m: number): ParsedDate | undefined {
  return m >= 1 && m <= 12 ? { date: `${year}-${pad(m)}`, precision: 'month' } : undefined
}

/**
 * A date as people type it: `15.11.2025`, `2025-11-15`, `2025-11`, `11.2025`,
 * `ноябрь 2025`, `15 ноября 2025 г.`, `November 2025`, or an Excel serial such as `45976`.
 * A month alone gives precision `month`.
 */
export function parseDate(text: string): ParsedDate | undefined {
  const t = text.trim().toLowerCase()
  let m: RegExpExecArray | null
  if ((m = YMD.exec(t))) return day(Number(m[1]), Number(m[2]), Number(m[3]))
  if ((m = DMY.exec(t))) return day(Number(m[3]), Number(m[2]), Number(m[1]))
  if ((m = YM.exec(t))) return month(Number(m[1]), Number(m[2]))
  if ((m = MY.exec(t))) return month(Number(m[2]), Number(m[1]))
  if ((m = WORDS_DATE.exec(t))) {
    const monthNumber = MONTHS[m[2] as string]
    if (monthNumber === undefined) return undefined
    return m[1] === undefined
      ? month(Number(m[3]), monthNumber)
      : day(Number(m[3]), monthNumber, Number(m[1]))
  }
  if (SERIAL.test(t)) {
    const iso = excelSerialToIso(Number(t.replace(',', '.')))
    return iso ? { date: iso, precision: 'day' } : undefined
  }
  return undefined
}

/** Several values in one cell, split by `;`, `|` or line breaks (commas stay inside names). */
export function parseList(text: string): string[] {
  return text
    .split(LIST_SPLIT)
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

/** A website as typed: `smaz.ru` and `www.smaz.ru` get `https://`; other schemes are refused. */
export function parseWebsite(text: string): string | undefined {
  const t = text.trim()
  if (t === '') return undefined
  if (/^https?:\/\//i.test(t)) return t
  if (/^[a-z][a-z0-9+.-]*:/i.test(t)) return undefined
  return /^[^\s/]+\.[^\s/]+/.test(t) ? `https://${t}` : undefined
}

/** Lower case, `ё` → `е`, punctuation to single spaces: the form names are compared in. */
export function normaliseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^a-zа-я0-9]+/g, ' ')
    .trim()
}
