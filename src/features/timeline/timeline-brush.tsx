import { type KeyboardEvent, type PointerEvent, useRef } from 'react'
import { useTranslation } from 'react-i18next'

import type { TimeBin } from '@/domain/timeline/month-bins'
import type { BinRange } from '@/domain/timeline/period'

import { binAt, totalSteps } from './timeline-geometry'

/** Width of a brush handle, in pixels. */
const HANDLE_WIDTH = 10
/** Bins a Page Up / Page Down press moves a handle. */
const PAGE_STEP = 12

interface TimelineBrushProps {
  bins: readonly TimeBin[]
  range: BinRange
  left: number
  top: number
  width: number
  height: number
  /** The full name of a bin, for the handles' spoken value. */
  label: (bin: TimeBin) => string
  /** Label of the brush as a whole (the period it spans). */
  title: string
  onBrush: (range: BinRange) => void
  onBrushEnd: (range: BinRange) => void
}

type Grip = 'start' | 'end' | 'window'

interface Drag {
  grip: Grip
  /** The bin under the pointer when the drag began. */
  from: number
  range: BinRange
  last: BinRange
}

/**
 * The period brush under the chart: every bin's total as a step outline, the chosen run
 * highlighted, a handle at each end. The handles are sliders: arrows move a bin, Page keys a
 * year of months, Home/End to the ends; dragging a handle or the highlighted run moves it.
 * Every move calls `onBrush`; a drag's release calls `onBrushEnd`.
 */
export function TimelineBrush({
  bins,
  range,
  left,
  top,
  width,
  height,
  label,
  title,
  onBrush,
  onBrushEnd,
}: TimelineBrushProps) {
  const { t } = useTranslation()
  const drag = useRef<Drag | null>(null)
  const count = bins.length
  const size = count > 0 ? width / count : 0
  const x = (index: number) => left + index * size
  let busiest = 1
  for (const bin of bins) busiest = Math.max(busiest, bin.total)
  const y = (value: number) => top + height - 2 - (value / busiest) * (height - 4)
  const clamp = (index: number) => Math.min(count - 1, Math.max(0, index))

  const move = (next: BinRange) => {
    if (next.start === range.start && next.end === range.end) return
    onBrush(next)
  }
  const moved = (grip: Grip, by: number, base: BinRange): BinRange => {
    if (grip === 'start')
      return { start: clamp(Math.min(base.end, base.start + by)), end: base.end }
    if (grip === 'end')
      return { start: base.start, end: clamp(Math.max(base.start, base.end + by)) }
    const shift = Math.min(count - 1 - base.end, Math.max(-base.start, by))
    return { start: base.start + shift, end: base.end + shift }
  }

  const binUnder = (event: PointerEvent<SVGElement>) => {
    const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect()
    return binAt(event.clientX - (box?.left ?? 0) - left, size, count)
  }
  const onPointerDown = (event: PointerEvent<SVGElement>) => {
    const grip = event.currentTarget.dataset.grip as Grip | undefined
    if (!grip) return
    event.preventDefault()
    event.currentTarget.setPointerCapture?.(event.pointerId)
    drag.current = { grip, from: binUnder(event), range, last: range }
  }
  const onPointerMove = (event: PointerEvent<SVGElement>) => {
    const current = drag.current
    if (!current) return
    const under = binUnder(event)
    const next =
      current.grip === 'window'
        ? moved('window', under - current.from, current.range)
        : moved(
            current.grip,
            under - (current.grip === 'start' ? current.range.start : current.range.end),
            current.range,
          )
    if (next.start === current.last.start && next.end === current.last.end) return
    current.last = next
    onBrush(next)
  }
  const onPointerUp = () => {
    const current = drag.current
    if (!current) return
    drag.current = null
    onBrushEnd(current.last)
  }
  const onKeyDown = (grip: 'start' | 'end') => (event: KeyboardEvent<SVGElement>) => {
    const at = grip === 'start' ? range.start : range.end
    const by: Record<string, number> = {
      ArrowLeft: -1,
      ArrowDown: -1,
      ArrowRight: 1,
      ArrowUp: 1,
      PageDown: -PAGE_STEP,
      PageUp: PAGE_STEP,
      Home: -at,
      End: count - 1 - at,
    }
    const step = by[event.key]
    if (step === undefined) return
    event.preventDefault()
    move(moved(grip, step, range))
  }

  if (count === 0 || width <= 0) return null
  const handle = (grip: 'start' | 'end') => {
    const index = grip === 'start' ? range.start : range.end
    const bin = bins[index]
    const edge = grip === 'start' ? x(index) : x(index + 1)
    return (
      <rect
        className="timeline-brush__handle"
        data-grip={grip}
        x={edge - HANDLE_WIDTH / 2}
        y={top}
        width={HANDLE_WIDTH}
        height={height}
        rx={2}
        tabIndex={0}
        role="slider"
        aria-label={t(grip === 'start' ? 'timeline.brushStart' : 'timeline.brushEnd')}
        aria-valuemin={0}
        aria-valuemax={count - 1}
        aria-valuenow={index}
        aria-valuetext={bin ? label(bin) : undefined}
        onKeyDown={onKeyDown(grip)}
        onPointerDown={onPointerDown}
      />
    )
  }
  return (
    <g
      className="timeline-brush"
      role="group"
      aria-label={title}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <rect
        className="timeline-brush__frame"
        x={left}
        y={top}
        width={width}
        height={height}
      />
      <path className="timeline-brush__totals" d={totalSteps(bins, x, y)} />
      <rect
        className="timeline-brush__window"
        x={x(range.start)}
        y={top}
        width={Math.max(1, x(range.end + 1) - x(range.start))}
        height={height}
        data-grip="window"
        onPointerDown={onPointerDown}
      />
      {handle('start')}
      {handle('end')}
    </g>
  )
}
