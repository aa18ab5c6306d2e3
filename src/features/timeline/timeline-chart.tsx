import { memo, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import {
  Area,
  AreaChart,
  Brush,
  CartesianGrid,
  Legend,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import { type BinUnit, type TimeBin, presentKinds } from '@/domain/timeline/month-bins'
import type { BinRange } from '@/domain/timeline/period'
import { type Locale, formatDate } from '@/shared/format/format'

import { axisTicks, binLabel, binTick } from './bin-labels'
import { KIND_COLOURS } from './kind-colours'
import type { TimelineController } from './timeline-controller'

// Constants, not literals: a new object on every render would make Recharts lay out again.
const CHART_STYLE = { width: '100%', height: 300 }
// Right margin: room for half of the last tick's label, which sits on the last bin.
const CHART_MARGIN = { top: 4, right: 28, bottom: 4, left: 0 }
/** Ticks on the time axis: room for «07.2024» labels on a narrow panel. */
const AXIS_TICKS = 8

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
}

/**
 * Visits and events per month by kind as stacked steps, a brush for the period and the
 * playback cursor. Steps, not bars: one path per kind whatever the number of months, where
 * bars cost a React element per month and kind (thousands at 100,000 records, a quarter of
 * each filter change in the benchmark's profile). Memoised, with the cursor line subscribed
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
}: TimelineChartProps) {
  const { t } = useTranslation()
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
  const toRange = (next: { startIndex: number; endIndex: number }) => ({
    start: next.startIndex,
    end: next.endIndex,
  })
  return (
    <AreaChart
      className="timeline-chart"
      data={bins}
      responsive
      style={CHART_STYLE}
      margin={CHART_MARGIN}
      title={t('timeline.chart')}
      desc={
        span
          ? t('timeline.chartSummary', { unit: t(`timeline.unit.${unit}`), ...span })
          : undefined
      }
    >
      <CartesianGrid vertical={false} stroke="#dde1e6" />
      <XAxis
        dataKey="month"
        ticks={axisTicks(bins, AXIS_TICKS)}
        interval={0}
        tickFormatter={tick}
        stroke="#505a66"
      />
      <YAxis allowDecimals={false} width={36} stroke="#505a66" />
      <Tooltip
        labelFormatter={(value) => (typeof value === 'string' ? label(value) : value)}
        isAnimationActive={animate}
      />
      <Legend
        position="top"
        itemSorter={null}
        formatter={(value: string) => (
          <span className="timeline-chart__legend">{value}</span>
        )}
      />
      {kinds.map((kind) => (
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
    </AreaChart>
  )
})

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
