import { useMemo } from 'react'

import { type SeriesItem, topWithRest } from '@/domain/charts/series'
import { useAppStore } from '@/store/app-store'

import { ChartFigure } from './chart-figure'
import { type ChartRow, toChartRows } from './chart-rows'
import { SeriesBarChart } from './series-bar-chart'
import { SeriesTable } from './series-table'
import { useSeriesLabel } from './use-chart-context'

/** Bars beyond this many merge into «Остальные» in the chart; the table lists them all. */
const CHART_BARS = 20

type Dimension = 'regions' | 'industries' | 'municipalities'

interface DimensionChartProps {
  testId: string
  dimension: Dimension
  /** Counts per value of the dimension, largest first. */
  series: readonly SeriesItem[]
  title: string
  notes?: readonly string[]
  empty: string
  labelHeader: string
  valueHeader: string
}

/**
 * A bar chart of one filter dimension with its data table; bars and table buttons toggle the
 * dimension's filter, and chosen values stand out in both.
 */
export function DimensionChart({
  testId,
  dimension,
  series,
  title,
  notes,
  empty,
  labelHeader,
  valueHeader,
}: DimensionChartProps) {
  const chosen = useAppStore((s) => s.filters[dimension])
  const toggleFilterValue = useAppStore((s) => s.toggleFilterValue)
  const setFilter = useAppStore((s) => s.setFilter)
  const label = useSeriesLabel()
  const tableRows = useMemo(
    () => toChartRows(topWithRest(series), chosen, label),
    [series, chosen, label],
  )
  const chartRows = useMemo(
    () => toChartRows(topWithRest(series, CHART_BARS, new Set(chosen)), chosen, label),
    [series, chosen, label],
  )
  const toggle = (row: ChartRow) => toggleFilterValue(dimension, row.id)
  return (
    <ChartFigure
      testId={testId}
      className={`chart--${dimension}`}
      title={title}
      notes={notes}
      empty={series.length === 0 ? empty : undefined}
      onClear={chosen.length > 0 ? () => setFilter(dimension, []) : undefined}
      chart={
        <SeriesBarChart
          title={title}
          rows={chartRows}
          valueLabel={valueHeader}
          anyChosen={chosen.length > 0}
          onToggle={toggle}
        />
      }
      table={
        <SeriesTable
          caption={title}
          labelHeader={labelHeader}
          valueHeader={valueHeader}
          rows={tableRows}
          onToggle={toggle}
        />
      }
    />
  )
}
