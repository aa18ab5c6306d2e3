import type { EventType, NewsEvent, Visit } from '../schema/records'
import { EVENT_TYPES } from '../schema/values'
import { monthIndex, monthOf, monthOfIndex } from './months'
import { withoutListedVisits } from './visit-events'

/** What the timeline counts: visits as `visit`, events by their type. */
export type TimelineKind = EventType

/** Every kind, in the order the chart stacks them and the legend lists them. */
export const TIMELINE_KINDS: readonly TimelineKind[] = EVENT_TYPES

/** How many months one bin spans; a long span takes a coarser unit so the axis stays small. */
export type BinUnit = 'month' | 'quarter' | 'year' | 'decade' | 'century'

const COARSEST = ['century', 1200] as const

const UNIT_MONTHS: readonly (readonly [BinUnit, number])[] = [
  ['month', 1],
  ['quarter', 3],
  ['year', 12],
  ['decade', 120],
  COARSEST,
]

/** More bars than this cannot be told apart, and a brush over them is useless. */
export const MAX_BINS = 1000

type KindCounts = Record<TimelineKind, number>

export interface TimeBin extends KindCounts {
  /** First month of the bin, `YYYY-MM`: its key on the axis. */
  month: string
  /** Last month of the bin (the same as `month` when binning by month). */
  last: string
  total: number
}

export interface TimeBins {
  unit: BinUnit
  /** Every bin from the first record's to the last record's, empty ones too. */
  bins: TimeBin[]
}

/**
 * Counts visits and events per calendar month (or quarter, year… when the span would need
 * more than `maxBins` bars). A month-precision date falls in its month, an on-or-before date
 * in its stated day's month; a visit counts once, in the month it starts (an event that only
 * reports a listed visit is not counted again). The bins cover `span` (by default the counted
 * records themselves).
 */
export function buildTimeBins(
  visits: readonly Visit[],
  events: readonly NewsEvent[],
  maxBins = MAX_BINS,
  span: { visits: readonly Visit[]; events: readonly NewsEvent[] } = { visits, events },
): TimeBins {
  let first = Infinity
  let last = -Infinity
  const widen = (date: string) => {
    const index = monthIndex(monthOf(date))
    if (index < first) first = index
    if (index > last) last = index
  }
  // The span (all records, when given) fixes the axis: filters change the heights, not the
  // months, so the chart updates in place instead of being drawn anew.
  for (const visit of span.visits) widen(visit.date)
  for (const event of span.events) widen(event.date)
  if (first > last) return { unit: 'month', bins: [] }

  const [unit, step] =
    UNIT_MONTHS.find(
      ([, months]) => binOf(last, months) - binOf(first, months) < maxBins,
    ) ?? COARSEST
  const start = binOf(first, step)
  const bins = Array.from({ length: binOf(last, step) - start + 1 }, (_, i) =>
    emptyBin((start + i) * step, step),
  )
  const add = (date: string, kind: TimelineKind) => {
    const bin = bins[binOf(monthIndex(monthOf(date)), step) - start]
    if (!bin) return
    bin[kind] += 1
    bin.total += 1
  }
  for (const visit of visits) add(visit.date, 'visit')
  for (const event of withoutListedVisits(events, visits)) add(event.date, event.type)
  return { unit, bins }
}

/**
 * Up to this many bins in view the chart draws bars, one per bin and kind: a month, a quarter
 * or a few years read as bars (a single bin as steps would be a dot). Beyond it, stacked steps,
 * one path per kind, keep a long history cheap to draw.
 */
export const BAR_BINS = 60

/** Whether a view of `count` bins draws bars (else steps). */
export function drawsBars(count: number): boolean {
  return count <= BAR_BINS
}

/** Kinds with at least one record in the bins, in stacking order. */
export function presentKinds(bins: readonly TimeBin[]): TimelineKind[] {
  return TIMELINE_KINDS.filter((kind) => bins.some((bin) => bin[kind] > 0))
}

function binOf(month: number, step: number): number {
  return Math.floor(month / step)
}

/** Zero of every kind, built once: a bin copies it (hundreds of bins per axis). */
const NO_COUNTS = Object.freeze(
  Object.fromEntries(TIMELINE_KINDS.map((kind) => [kind, 0])) as KindCounts,
)

function emptyBin(firstMonth: number, step: number): TimeBin {
  return {
    ...NO_COUNTS,
    month: monthOfIndex(firstMonth),
    last: monthOfIndex(firstMonth + step - 1),
    total: 0,
  }
}
