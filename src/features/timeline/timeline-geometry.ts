import type { TimeBin, TimelineKind } from '@/domain/timeline/month-bins'

/** Where the plot sits inside the chart's SVG, in pixels. */
export interface PlotBox {
  left: number
  top: number
  width: number
  height: number
}

/** The value axis: its top value and the values that get a label and a grid line. */
export interface ValueAxis {
  max: number
  ticks: number[]
}

/**
 * Whole-number ticks from 0 for counts up to `max`, about one per `spacing` pixels of a plot (two
 * steps at least), stepped 1, 2 or 5 × 10ⁿ; the axis ends on the first tick at or over `max`.
 */
export function valueAxis(max: number, height: number, spacing = 28): ValueAxis {
  const wanted = Math.max(2, Math.floor(height / spacing))
  const top = Math.max(1, max)
  const raw = Math.max(1, top / wanted)
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power
  const end = Math.ceil(top / step) * step
  const ticks: number[] = []
  for (let value = 0; value <= end; value += step) ticks.push(value)
  return { max: end, ticks }
}

/** The largest stacked total of the bins from `start` to `end`, both included. */
export function largestTotal(
  bins: readonly TimeBin[],
  start: number,
  end: number,
): number {
  let largest = 0
  for (let i = start; i <= end; i++) largest = Math.max(largest, bins[i]?.total ?? 0)
  return largest
}

/** One stacked piece of one bin: a kind's count sitting on the kinds below it. */
export interface StackPiece {
  /** Index of the bin among those in view. */
  index: number
  kind: TimelineKind
  from: number
  to: number
}

/** The non-empty pieces of each bin in view, stacked in the order of `kinds` (first at the bottom). */
export function stackPieces(
  bins: readonly TimeBin[],
  kinds: readonly TimelineKind[],
): StackPiece[] {
  const pieces: StackPiece[] = []
  bins.forEach((bin, index) => {
    let from = 0
    for (const kind of kinds) {
      const count = bin[kind]
      if (count > 0) pieces.push({ index, kind, from, to: from + count })
      from += count
    }
  })
  return pieces
}

/**
 * One closed path per kind for a long run of bins: the kind's band of the stack drawn as
 * steps, flat across each bin (one path per kind, whatever the number of bins). `x(i)` is the
 * left edge of bin i (and `x(n)` the right edge of the last); `y(v)` the height of count v.
 * A stretch of bins with the same value is one flat run: most months of a long period are
 * empty, and a point per bin made paths of thousands of points on every filter change.
 */
export function stepBands(
  bins: readonly TimeBin[],
  kinds: readonly TimelineKind[],
  x: (index: number) => number,
  y: (value: number) => number,
): { kind: TimelineKind; path: string }[] {
  if (bins.length === 0) return []
  let below = new Array<number>(bins.length).fill(0)
  const bands: { kind: TimelineKind; path: string }[] = []
  for (const kind of kinds) {
    const upper = bins.map((bin, i) => (below[i] ?? 0) + bin[kind])
    const top = stepPoints(upper, x, y)
    const bottom = stepPoints(below, x, y).reverse()
    bands.push({ kind, path: `M${top.join('L')}L${bottom.join('L')}Z` })
    below = upper
  }
  return bands
}

/** A step line of each bin's total across `x(0)`…`x(n)`, for the brush's overview. */
export function totalSteps(
  bins: readonly TimeBin[],
  x: (index: number) => number,
  y: (value: number) => number,
): string {
  if (bins.length === 0) return ''
  const points = stepPoints(
    bins.map((bin) => bin.total),
    x,
    y,
  )
  return `M${px(x(0))},${px(y(0))}L${points.join('L')}L${px(x(bins.length))},${px(y(0))}Z`
}

/** The corners of a step line over `values`, one flat run per stretch of equal values. */
function stepPoints(
  values: readonly number[],
  x: (index: number) => number,
  y: (value: number) => number,
): string[] {
  const points: string[] = []
  let start = 0
  for (let i = 1; i <= values.length; i++) {
    if (i < values.length && values[i] === values[start]) continue
    const level = px(y(values[start] ?? 0))
    points.push(`${px(x(start))},${level}`, `${px(x(i))},${level}`)
    start = i
  }
  return points
}

/** A coordinate to a tenth of a pixel: shorter paths, the same drawing. */
const px = (value: number) => Math.round(value * 10) / 10

/**
 * Where a tick label of `labelWidth` pixels goes so it stays inside [`min`, `max`]: centred
 * on `centre` when it fits, else against the edge it would cross.
 */
export function placeLabel(
  centre: number,
  labelWidth: number,
  min: number,
  max: number,
): { x: number; anchor: 'start' | 'middle' | 'end' } {
  const half = labelWidth / 2
  if (centre - half < min) return { x: min, anchor: 'start' }
  if (centre + half > max) return { x: max, anchor: 'end' }
  return { x: centre, anchor: 'middle' }
}

/** A label placed on the axis: which of the given ones, where, and how it is anchored. */
export interface PlacedLabel {
  index: number
  x: number
  anchor: 'start' | 'middle' | 'end'
}

/**
 * Places labels (each `centre` and `width` in pixels, left to right) inside [`min`, `max`]
 * and drops those that would come closer than `gap` to the one before. The first and last are
 * kept: a label crowding the last gives way to it.
 */
export function spreadLabels(
  labels: readonly { centre: number; width: number }[],
  min: number,
  max: number,
  gap: number,
): PlacedLabel[] {
  const placed: (PlacedLabel & { left: number; right: number })[] = []
  labels.forEach(({ centre, width }, index) => {
    const place = placeLabel(centre, width, min, max)
    const left =
      place.anchor === 'start'
        ? place.x
        : place.anchor === 'end'
          ? place.x - width
          : place.x - width / 2
    const label = { index, ...place, left, right: left + width }
    const isLast = index === labels.length - 1
    while (placed.length > 0) {
      const previous = placed[placed.length - 1]
      if (!previous || label.left >= previous.right + gap) break
      if (!isLast || placed.length === 1) return
      placed.pop()
    }
    placed.push(label)
  })
  return placed.map(({ index, x, anchor }) => ({ index, x, anchor }))
}

/** The bin under a point `offset` pixels into a run of `count` bins each `size` wide. */
export function binAt(offset: number, size: number, count: number): number {
  if (count === 0 || size <= 0) return 0
  return Math.min(count - 1, Math.max(0, Math.floor(offset / size)))
}
