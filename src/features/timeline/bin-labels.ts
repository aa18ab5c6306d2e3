import type { TFunction } from 'i18next'

import type { BinUnit, TimeBin } from '@/domain/timeline/month-bins'
import { type Locale, formatDate, formatNumericMonth } from '@/shared/format/format'

/** The axis tick of a bin that starts in `month`. */
export function binTick(
  month: string,
  unit: BinUnit,
  locale: Locale,
  t: TFunction,
): string {
  const year = month.slice(0, 4)
  switch (unit) {
    case 'month':
      return formatNumericMonth(month, locale)
    case 'quarter':
      return t('timeline.axis.quarter', {
        quarter: Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1,
        year,
      })
    case 'year':
      return year
    default:
      return t('timeline.axis.decade', { year })
  }
}

/** The full name of a bin: «июль 2024», or «январь 2024 — март 2024» for a longer bin. */
export function binLabel(
  bin: Pick<TimeBin, 'month' | 'last'>,
  locale: Locale,
  t: TFunction,
): string {
  const from = formatDate(bin.month, 'month', locale)
  return bin.month === bin.last
    ? from
    : t('timeline.range', { from, to: formatDate(bin.last, 'month', locale) })
}

/**
 * The months of at most `count` evenly spaced bins, first and last included, for the axis
 * ticks: a fixed list the chart draws as given. Measuring every bin's label in the DOM to
 * thin them out would cost a layout per label on every filter change.
 */
export function axisTicks(
  bins: readonly Pick<TimeBin, 'month'>[],
  count: number,
): string[] {
  if (bins.length <= count) return bins.map((bin) => bin.month)
  if (count <= 1) return bins.slice(0, 1).map((bin) => bin.month)
  const step = (bins.length - 1) / (count - 1)
  return Array.from({ length: count }, (_, i) => bins[Math.round(i * step)]?.month ?? '')
}

/** Width of one character of an axis tick, in pixels (0.8rem digits with room to spare). */
const TICK_CHAR_PX = 8
/** Least room between two tick labels, in pixels. */
const TICK_GAP_PX = 14

/**
 * How many ticks of `labelChars` characters (`charPx` wide each) fit on an axis `plotWidth`
 * pixels long with room between them, at most `max`; at least one (the first bin is named).
 */
export function tickCount(
  plotWidth: number,
  labelChars: number,
  max = 12,
  charPx = TICK_CHAR_PX,
): number {
  const slot = labelChars * charPx + TICK_GAP_PX
  return Math.max(1, Math.min(max, Math.floor((plotWidth + TICK_GAP_PX) / slot)))
}
