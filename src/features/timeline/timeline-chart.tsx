import { memo, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import {
  type BinUnit,
  type TimeBin,
  drawsBars,
  presentKinds,
} from '@/domain/timeline/month-bins'
import type { BinRange } from '@/domain/timeline/period'
import { type Locale, formatDate, formatNumber } from '@/shared/format/format'

import { axisTicks, binLabel, binTick, tickCount } from './bin-labels'
import { KIND_COLOURS } from './kind-colours'
import { TimelineBrush } from './timeline-brush'
import { BinTooltip, CursorLine, Legend } from './timeline-chart-parts'
import type { TimelineController } from './timeline-controller'
import {
  type PlotBox,
  binAt,
  largestTotal,
  spreadLabels,
  stackPieces,
  stepBands,
  valueAxis,
} from './timeline-geometry'
import { useFrameSize } from './use-frame-size'

const DEFAULT_HEIGHT = 300
/** A shorter strip has no legend: the tooltip and the feed name the kinds. */
const LEGEND_MIN_HEIGHT = 200
/** The legend's line above the chart. */
const LEGEND_HEIGHT = 28
/** Room for the value labels left of the plot. */
const Y_AXIS_WIDTH = 36
/** Room right of the plot, so the last time label is not cut. */
const RIGHT_MARGIN = 8
/** Room above the plot for half of the top value label. */
const TOP_MARGIN = 8
/** Gap between the plot and the time labels' baseline. */
const TICK_GAP = 4
/** Brush height: a quarter of the chart, 32 px at most. */
const BRUSH_MAX_HEIGHT = 32
/** Gap between the time labels and the brush. */
const BRUSH_GAP = 6
/** A bar for one bin never grows wider than this: a single month stays a bar, not a wall. */
const MAX_BAR_SIZE = 56
/** Share of a bin's width a bar takes. */
const BAR_SHARE = 0.8
/** Least room between two time labels, in pixels. */
const LABEL_GAP = 8
/** Width of a digit of the axis labels, as a share of their font size. */
const CHAR_WIDTH = 0.625

interface TimelineChartProps {
  bins: TimeBin[]
  unit: BinUnit
  locale: Locale
  /** The bins the brush spans; the bars show only these. */
  range: BinRange
  /** Playback, whose cursor the chart draws as a line. */
  controller: TimelineController
  /** Every move of the brush, keyboard ones too. */
  onBrush: (range: BinRange) => void
  /** The end of a drag of the brush with the mouse or a finger. */
  onBrushEnd: (range: BinRange) => void
  /** Height in pixels (300 by default); below 200 the legend gives way to the chart. */
  height?: number
}

/**
 * Visits and events per bin by kind, a brush for the period and the playback cursor, drawn
 * as plain SVG. Up to `BAR_BINS` bins in view they are stacked bars; a longer view draws one
 * stepped band per kind. The time axis names as many bins as fit its width. A chart library
 * spent about a second of the first load laying this out (its selectors, measuring every
 * label in the DOM); here a redraw is one pass over the bins in view. Memoised, with the
 * cursor line subscribed on its own: playback redraws one line per step.
 */
export const TimelineChart = memo(function TimelineChart({
  bins,
  unit,
  locale,
  range,
  controller,
  onBrush,
  onBrushEnd,
  height = DEFAULT_HEIGHT,
}: TimelineChartProps) {
  const { t } = useTranslation()
  const frame = useRef<HTMLDivElement>(null)
  const { width, fontSize } = useFrameSize(frame)
  const [hovered, setHovered] = useState<number | null>(null)
  const titleId = useId()
  const descId = useId()
  const kinds = useMemo(() => presentKinds(bins), [bins])
  const inView = useMemo(
    () => bins.slice(range.start, range.end + 1),
    [bins, range.start, range.end],
  )
  const legend = height >= LEGEND_MIN_HEIGHT
  const svgHeight = height - (legend ? LEGEND_HEIGHT : 0)
  const brushHeight = Math.min(BRUSH_MAX_HEIGHT, Math.round(svgHeight / 4))
  const tickLine = Math.ceil(fontSize * 1.25)
  const plot: PlotBox = {
    left: Y_AXIS_WIDTH,
    top: TOP_MARGIN,
    width: Math.max(0, width - Y_AXIS_WIDTH - RIGHT_MARGIN),
    height: Math.max(
      0,
      svgHeight - TOP_MARGIN - TICK_GAP - tickLine - BRUSH_GAP - brushHeight - 1,
    ),
  }
  const charPx = fontSize * CHAR_WIDTH
  const tick = (month: string) => binTick(month, unit, locale, t)
  const ticks = useMemo(() => {
    const ends = [inView[0], inView[inView.length - 1]]
    const chars = Math.max(
      0,
      ...ends.map((bin) => (bin ? binTick(bin.month, unit, locale, t).length : 0)),
    )
    return axisTicks(inView, tickCount(plot.width, chars, 12, charPx))
  }, [inView, plot.width, unit, locale, t, charPx])

  const first = bins[range.start]
  const last = bins[range.end]
  const span = first &&
    last && {
      from: formatDate(first.month, 'month', locale),
      to: formatDate(last.last, 'month', locale),
    }
  const label = (bin: TimeBin) => binLabel(bin, locale, t)
  const size = inView.length > 0 ? plot.width / inView.length : 0
  const x = (index: number) => plot.left + index * size
  const axis = valueAxis(largestTotal(bins, range.start, range.end), plot.height)
  const y = (value: number) => plot.top + plot.height - (value / axis.max) * plot.height
  const bars = drawsBars(inView.length)
  const barWidth = Math.min(MAX_BAR_SIZE, Math.max(1, size * BAR_SHARE))
  const baseline = plot.top + plot.height
  const hoveredBin = hovered === null ? undefined : inView[hovered]
  // Clear of the «0» beside the axis, inside the drawing's right edge.
  const placed = spreadLabels(
    ticks.map((month) => ({
      centre: x(inView.findIndex((bin) => bin.month === month)) + size / 2,
      width: tick(month).length * charPx,
    })),
    plot.left - 4,
    width - 1,
    LABEL_GAP,
  )

  const drawn = width > 0 && plot.height > 0 && inView.length > 0
  return (
    <div ref={frame} className="timeline-chart__frame" style={{ height }}>
      {legend && <Legend kinds={kinds} />}
      <svg
        className="timeline-chart"
        width="100%"
        height={svgHeight}
        role="group"
        aria-labelledby={titleId}
        aria-describedby={span ? descId : undefined}
      >
        <title id={titleId}>{t('timeline.chart')}</title>
        {span && (
          <desc id={descId}>
            {t('timeline.chartSummary', { unit: t(`timeline.unit.${unit}`), ...span })}
          </desc>
        )}
        {drawn && (
          <>
            <g className="timeline-chart__grid" aria-hidden="true">
              {axis.ticks.map((value) => (
                <g key={value}>
                  <line
                    x1={plot.left}
                    x2={plot.left + plot.width}
                    y1={y(value)}
                    y2={y(value)}
                  />
                  <text
                    className="timeline-chart__value"
                    x={plot.left - 6}
                    y={y(value)}
                    textAnchor="end"
                    dominantBaseline="middle"
                  >
                    {formatNumber(value, locale)}
                  </text>
                </g>
              ))}
            </g>
            <g className="timeline-chart__series" aria-hidden="true">
              {bars
                ? stackPieces(inView, kinds).map((piece) => (
                    <rect
                      key={`${piece.index}:${piece.kind}`}
                      className="timeline-chart__bar"
                      x={x(piece.index) + (size - barWidth) / 2}
                      y={y(piece.to)}
                      width={barWidth}
                      height={Math.max(0, y(piece.from) - y(piece.to))}
                      fill={KIND_COLOURS[piece.kind]}
                      fillOpacity={0.85}
                    />
                  ))
                : stepBands(inView, kinds, x, y).map((band) => (
                    <path
                      key={band.kind}
                      className="timeline-chart__band"
                      d={band.path}
                      fill={KIND_COLOURS[band.kind]}
                      stroke={KIND_COLOURS[band.kind]}
                      fillOpacity={0.85}
                    />
                  ))}
            </g>
            <g className="timeline-chart__axis" aria-hidden="true">
              <line
                x1={plot.left}
                x2={plot.left + plot.width}
                y1={baseline}
                y2={baseline}
              />
              {placed.map(({ index, x: at, anchor }) => (
                <text
                  key={ticks[index]}
                  className="timeline-chart__tick"
                  x={at}
                  y={baseline + TICK_GAP + fontSize}
                  textAnchor={anchor}
                >
                  {tick(ticks[index] ?? '')}
                </text>
              ))}
            </g>
            {hovered !== null && (
              <rect
                className="timeline-chart__hover"
                x={x(hovered)}
                y={plot.top}
                width={size}
                height={plot.height}
                aria-hidden="true"
              />
            )}
            <CursorLine
              controller={controller}
              bins={inView}
              x={(index) => x(index) + size / 2}
              top={plot.top}
              bottom={baseline}
            />
            <rect
              className="timeline-chart__pointer"
              x={plot.left}
              y={plot.top}
              width={plot.width}
              height={plot.height}
              fill="transparent"
              onPointerMove={(event) => {
                const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect()
                setHovered(
                  binAt(
                    event.clientX - (box?.left ?? 0) - plot.left,
                    size,
                    inView.length,
                  ),
                )
              }}
              onPointerLeave={() => setHovered(null)}
            />
            <TimelineBrush
              bins={bins}
              range={range}
              left={plot.left}
              top={svgHeight - brushHeight - 1}
              width={plot.width}
              height={brushHeight}
              label={label}
              title={span ? t('timeline.brush', span) : t('timeline.chart')}
              onBrush={onBrush}
              onBrushEnd={onBrushEnd}
            />
          </>
        )}
      </svg>
      {hoveredBin && hovered !== null && (
        <BinTooltip
          bin={hoveredBin}
          kinds={kinds}
          label={label(hoveredBin)}
          locale={locale}
          centre={x(hovered) + size / 2}
          width={width}
          top={legend ? LEGEND_HEIGHT : 0}
        />
      )}
    </div>
  )
})
