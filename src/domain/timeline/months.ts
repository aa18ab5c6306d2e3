/**
 * Calendar months as whole numbers (year × 12 + month − 1), so that spans, steps and bins
 * are plain arithmetic and no time zone can shift a month.
 */
export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1
}

/** The `YYYY-MM` of a month number made by `monthIndex`. */
export function monthOfIndex(index: number): string {
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
}

/** The month (`YYYY-MM`) of a `YYYY-MM` or `YYYY-MM-DD` date. */
export function monthOf(date: string): string {
  return date.slice(0, 7)
}

/** `YYYY-MM-01`. */
export function firstDayOf(month: string): string {
  return `${month}-01`
}

/** The last calendar day of the month, `YYYY-MM-DD`. */
export function lastDayOf(month: string): string {
  const days = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0))
  return `${month}-${String(days.getUTCDate()).padStart(2, '0')}`
}
