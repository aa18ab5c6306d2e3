import type { DatePrecision } from '@/shared/format/format'

export interface DateSpan {
  start: string
  end: string
}

/**
 * The days a dated record covers: a day or an on-or-before date covers its stated day; a month
 * covers the whole month. `endDate`, where given, extends the span.
 */
export function dateSpan(
  date: string,
  precision: DatePrecision,
  endDate?: string,
): DateSpan {
  const start = date.length === 7 ? `${date}-01` : date
  const ownEnd =
    date.length === 7 || precision === 'month' ? lastDayOfMonth(date.slice(0, 7)) : start
  const end = endDate
    ? maxIso(ownEnd, endDate.length === 7 ? lastDayOfMonth(endDate) : endDate)
    : ownEnd
  return { start, end }
}

/** True when any day of the span falls in `[from, to]` (either bound may be open). */
export function spanInRange(
  span: DateSpan,
  from: string | null,
  to: string | null,
): boolean {
  return (from === null || span.end >= from) && (to === null || span.start <= to)
}

function lastDayOfMonth(month: string): string {
  const [year = 1970, m = 1] = month.split('-').map(Number)
  const day = new Date(Date.UTC(year, m, 0)).getUTCDate()
  return `${month}-${String(day).padStart(2, '0')}`
}

function maxIso(a: string, b: string): string {
  return a > b ? a : b
}
