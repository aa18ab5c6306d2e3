import {
  type RefObject,
  memo,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react'
import { useTranslation } from 'react-i18next'
import {
  Area,
  AreaChart,
  Bar,
  Brush,
  CartesianGrid,
  ComposedChart,
  Legend,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import {
  type BinUnit,
  type TimeBin,
  drawsBars,
  presentKinds,
} from '@/domain/timeline/month-bins'
import type { BinRange } from '@/domain/timeline/period'
import { type Locale, formatDate } from '@/shared/format/format'

import { axisTicks, binLabel, binTick, tickCount } from './bin-labels'
import { KIND_COLOURS } from './kind-colours'
import type { TimelineController } from './timeline-controller'

/** Recharts' tooltip box writes white and grey inline: in the theme's colours instead. */
const TOOLTIP_CONTENT = {
  background: 'var(--surface)',
  borderColor: 'var(--border)',
  color: 'var(--text)',
}
const TOOLTIP_ITEM = { color: 'var(--text)' }
const DEFAULT_HEIGHT = 300
/** A shorter strip has no legend: the tooltip and the feed name the kinds. */
const LEGEND_MIN_HEIGHT = 200
// Constants, not literals: a new object on every render would make Recharts lay out again.
// Right margin: room for half of the last tick's label, which sits on the last bin.
const CHART_MARGIN = { top: 4, right: 28, bottom: 4, left: 0 }
const Y_AXIS_WIDTH = 36
/** The first bin sits clear of the value axis, so its tick never meets the «0» beside it. */
const X_PADDING = { left: 24, right: 0 }
/** Ticks on the time axis before the chart's width is known (and in tests, with no layout). */
const AXIS_TICKS = 8
/** A bar for one bin never grows wider than this: a single month stays a bar, not a wall. */
const MAX_BAR_SIZE = 56

interface TimelineChartProps {
  bins: TimeBin[]
  unit: BinUnit
  locale: Locale
  /** The bins the brush spans; the bars show only these. */
  range: BinRange
  /** Playback, whose cursor the chart draws as a line. */
  controller: TimelineController
  animate: boolean
  /** Every move of the brush, keyboard ones too. */
  onBrush: (range: BinRange) => void
  /** The end of a drag of the brush with the mouse or a finger. */
  onBrushEnd: (range: BinRange) => void
  /** Height in pixels (300 by default); below 200 the legend gives way to the chart. */
  height?: number
}

/**
 * Visits and events per month by kind, a brush for the period and the playback cursor. Up to
 * `BAR_BINS` bins in view they are stacked bars; a longer view draws stacked steps, one path per
 * kind whatever the number of months, where bars cost a React element per month and kind
 * (thousands at 100,000 records, a quarter of each filter change in the benchmark's profile).
 * The time axis names as many bins as fit its width. Memoised, with the cursor line subscribed
 * on its own: playback then redraws one line per step.
 */
export const TimelineChart = memo(function TimelineChart({
  bins,
  unit,
  locale,
  range,
  controller,
  animate,
  onBrush,
  onBrushEnd,
  height = DEFAULT_HEIGHT,
}: TimelineChartProps) {
  const { t } = useTranslation()
  const frame = useRef<HTMLDivElement>(null)
  const width = useWidth(frame)
  const style = useMemo(() => ({ width: '100%', height }), [height])
  const kinds = presentKinds(bins)
  const months = new Map(bins.map((bin) => [bin.month, bin]))
  const first = bins[range.start]
  const last = bins[range.end]
  const tick = (month: string) => binTick(month, unit, locale, t)
  const label = (month: string) => {
    const bin = months.get(month)
    return bin ? binLabel(bin, locale, t) : month
  }
  const span = first &&
    last && {
      from: formatDate(first.month, 'month', locale),
      to: formatDate(last.last, 'month', locale),
    }
  const bars = drawsBars(range.end - range.start + 1)
  const ticks = useMemo(() => {
    const inView = bins.slice(range.start, range.end + 1)
    if (width === 0) return axisTicks(inView, AXIS_TICKS)
    const ends = [inView[0], inView[inView.length - 1]]
    const chars = Math.max(
      0,
      ...ends.map((bin) => (bin ? binTick(bin.month, unit, locale, t).length : 0)),
    )
    const plot =
      width - Y_AXIS_WIDTH - CHART_MARGIN.left - CHART_MARGIN.right - X_PADDING.left
    return axisTicks(inView, tickCount(plot, chars))
  }, [bins, range.start, range.end, width, unit, locale, t])
  const toRange = (next: { startIndex: number; endIndex: number }) => ({
    start: next.startIndex,
    end: next.endIndex,
  })
  return (
    <div ref={frame} className="timeline-chart__frame">
      <ComposedChart
        // A new span of bins is a new chart: Recharts' brush would otherwise place its
        // travellers by the old bins' indices for a render (NaN coordinates in the console).
        key={`${unit}:${bins[0]?.month ?? ''}:${bins.length}`}
        className="timeline-chart"
        data={bins}
        responsive
        style={style}
        margin={CHART_MARGIN}
        title={t('timeline.chart')}
        desc={
          span
            ? t('timeline.chartSummary', { unit: t(`timeline.unit.${unit}`), ...span })
            : undefined
        }
      >
        <CartesianGrid vertical={false} />
        <XAxis
          dataKey="month"
          ticks={ticks}
          interval={0}
          tickFormatter={tick}
          padding={X_PADDING}
        />
        <YAxis allowDecimals={false} width={Y_AXIS_WIDTH} />
        <Tooltip
          contentStyle={TOOLTIP_CONTENT}
          itemStyle={TOOLTIP_ITEM}
          labelFormatter={(value) => (typeof value === 'string' ? label(value) : value)}
          isAnimationActive={animate}
        />
        {height >= LEGEND_MIN_HEIGHT && (
          <Legend
            position="top"
            itemSorter={null}
            formatter={(value: string) => (
              <span className="timeline-chart__legend">{value}</span>
            )}
          />
        )}
        {bars &&
          kinds.map((kind) => (
            <Bar
              key={kind}
              dataKey={kind}
              name={t(`timeline.kind.${kind}`)}
              stackId="kinds"
              legendType="square"
              fill={KIND_COLOURS[kind]}
              fillOpacity={0.85}
              maxBarSize={MAX_BAR_SIZE}
              isAnimationActive={false}
            />
          ))}
        {!bars &&
          kinds.map((kind) => (
            <Area
              key={kind}
              type="step"
              dataKey={kind}
              name={t(`timeline.kind.${kind}`)}
              stackId="kinds"
              legendType="square"
              stroke={KIND_COLOURS[kind]}
              fill={KIND_COLOURS[kind]}
              fillOpacity={0.85}
              dot={false}
              activeDot={false}
              // No tween: it re-renders the paths per frame for about a second after each filter
              // change; the tooltip alone follows the reduced-motion preference.
              isAnimationActive={false}
            />
          ))}
        <CursorLine controller={controller} bins={bins} />
        <Brush
          dataKey="month"
          startIndex={range.start}
          endIndex={range.end}
          height={32}
          travellerWidth={10}
          stroke="#0b5cad"
          tickFormatter={(value) => tick(String(value))}
          ariaLabel={span ? t('timeline.brush', span) : undefined}
          onChange={(next) => onBrush(toRange(next))}
          onDragEnd={(next) => onBrushEnd(toRange(next))}
        >
          <AreaChart data={bins}>
            <Area
              type="step"
              dataKey="total"
              stroke="#9aa5b1"
              fill="#9aa5b1"
              dot={false}
              activeDot={false}
              isAnimationActive={false}
            />
          </AreaChart>
        </Brush>
      </ComposedChart>
    </div>
  )
})

/** The width of an element, followed as it resizes; 0 until it is laid out (and in jsdom). */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0)
  useEffect(
    function followWidth() {
      const element = ref.current
      if (!element || typeof ResizeObserver === 'undefined') return
      const observer = new ResizeObserver(([entry]) =>
        setWidth(Math.round(entry?.contentRect.width ?? 0)),
      )
      observer.observe(element)
      return () => observer.disconnect()
    },
    [ref],
  )
  return width
}

/** The playback cursor as a reference line on the bin it is in. */
function CursorLine({
  controller,
  bins,
}: {
  controller: TimelineController
  bins: readonly TimeBin[]
}) {
  const cursor = useSyncExternalStore(
    controller.subscribe,
    () => controller.getSnapshot().cursor,
  )
  const month =
    cursor === null ? undefined : bins.find((bin) => bin.last === cursor)?.month
  if (month === undefined) return null
  return (
    <ReferenceLine
      x={month}
      stroke="#1b1f24"
      strokeWidth={2}
      strokeDasharray="5 3"
      ifOverflow="discard"
    />
  )
}
