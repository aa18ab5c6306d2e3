import { useMemo, useState } from 'react'
import {
  Bar,
  BarChart,
  type BarShapeProps,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts'

import { formatNumber } from '@/shared/format/format'
import { useAppStore } from '@/store/app-store'

import {
  type ChartRow,
  SELECTED_STROKE,
  TOOLTIP_STYLE,
  categoryLabelWidth,
  labelChars,
  markOpacity,
  truncate,
} from './chart-rows'

const ROW_HEIGHT = 30
const AXIS_HEIGHT = 40
const LABEL_WIDTH = 240
/** Room a label leaves for the tick's gap and a «✓ » mark, in pixels. */
const LABEL_PADDING = 20

interface SeriesBarChartProps {
  title: string
  rows: readonly ChartRow[]
  valueLabel: string
  /** Something is chosen in this dimension, so unchosen bars dim. */
  anyChosen: boolean
  onToggle: (row: ChartRow) => void
}

/**
 * Horizontal bars, one per row; a click toggles the row's filter value. Chosen bars carry an
 * outline and a «✓» in their label, so the choice does not rest on colour alone.
 */
export function SeriesBarChart({
  title,
  rows,
  valueLabel,
  anyChosen,
  onToggle,
}: SeriesBarChartProps) {
  const locale = useAppStore((s) => s.language)
  const byKey = useMemo(() => new Map(rows.map((row) => [row.key, row])), [rows])
  // Labels take at most 40% of a narrow chart and are cut to their room (the full name is in
  // the label's <title>, the tooltip and the table).
  const [width, setWidth] = useState(0)
  const labelWidth = categoryLabelWidth(width, LABEL_WIDTH)
  const chars = labelChars(labelWidth - LABEL_PADDING)
  const tick = (props: YAxisTickContentProps) => {
    const key: unknown = props.payload.value
    const row = typeof key === 'string' ? byKey.get(key) : undefined
    if (!row) return null
    return (
      <text
        x={props.x}
        y={props.y}
        dy="0.35em"
        textAnchor="end"
        fontSize={12}
        fontWeight={row.pressed ? 700 : 400}
        className="chart-label"
      >
        <title>{row.label}</title>
        {`${row.pressed ? '✓ ' : ''}${truncate(row.label, chars)}`}
      </text>
    )
  }
  const shape = (props: BarShapeProps) => {
    const row = rows[props.originalDataIndex]
    return (
      <Rectangle
        x={props.x}
        y={props.y}
        width={props.width}
        height={props.height}
        fill={row?.colour}
        fillOpacity={markOpacity(row?.pressed ?? false, anyChosen)}
        stroke={row?.pressed ? SELECTED_STROKE : 'none'}
        strokeWidth={2}
        cursor={row?.toggles ? 'pointer' : 'default'}
      />
    )
  }
  return (
    <ResponsiveContainer
      width="100%"
      height={rows.length * ROW_HEIGHT + AXIS_HEIGHT}
      onResize={(next) => setWidth(Math.round(next))}
    >
      <BarChart
        data={rows}
        layout="vertical"
        margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
        title={title}
      >
        <XAxis
          type="number"
          allowDecimals={false}
          tick={{ fontSize: 12 }}
          minTickGap={12}
          tickFormatter={(value: number) => formatNumber(value, locale)}
        />
        <YAxis
          type="category"
          dataKey="key"
          width={labelWidth}
          interval={0}
          tick={tick}
        />
        <Tooltip
          {...TOOLTIP_STYLE}
          labelFormatter={(key) => (typeof key === 'string' ? byKey.get(key)?.label : '')}
          formatter={(value) => formatNumber(Number(value), locale)}
        />
        <Bar
          dataKey="count"
          name={valueLabel}
          // No tween on a filter change: it re-renders every bar per frame for about a second
          // (the benchmark's profile at 100,000 records); the chart settles at once.
          isAnimationActive={false}
          shape={shape}
          onClick={(item) => {
            const row = rows[item.originalDataIndex]
            if (row?.toggles) onToggle(row)
          }}
        />
      </BarChart>
    </ResponsiveContainer>
  )
}
