import type { TimeBin } from './month-bins'
import { firstDayOf, lastDayOf, monthOf } from './months'

/** First and last bin index, both inclusive. */
export interface BinRange {
  start: number
  end: number
}

/**
 * The bins a period (`YYYY-MM-DD` bounds, either open) covers, clamped to the bins, so a
 * brush can show the period the filters already hold. Every bin when there are no bounds.
 */
export function rangeOfPeriod(
  bins: readonly TimeBin[],
  from: string | null,
  to: string | null,
): BinRange {
  const lastIndex = Math.max(bins.length - 1, 0)
  const fromMonth = from === null ? null : monthOf(from)
  const toMonth = to === null ? null : monthOf(to)
  let start = fromMonth === null ? 0 : bins.findIndex((bin) => bin.last >= fromMonth)
  if (start < 0) start = lastIndex
  let end =
    toMonth === null ? lastIndex : bins.findLastIndex((bin) => bin.month <= toMonth)
  if (end < 0) end = 0
  return start <= end ? { start, end } : { start: end, end: start }
}

/**
 * The period a run of bins spans: from the first day of the first bin to the last day of the
 * last. `null` bounds when the run is every bin, so brushing the whole axis sets no filter.
 */
export function periodOfRange(
  bins: readonly TimeBin[],
  range: BinRange,
): { from: string | null; to: string | null } {
  const first = bins[range.start]
  const last = bins[range.end]
  if (!first || !last || (range.start === 0 && range.end === bins.length - 1))
    return { from: null, to: null }
  return { from: firstDayOf(first.month), to: lastDayOf(last.last) }
}
