import { formatNumber } from '@/shared/format/format'
import { useAppStore } from '@/store/app-store'

import type { ChartRow } from './chart-rows'

interface SeriesTableProps {
  caption: string
  labelHeader: string
  valueHeader: string
  rows: readonly ChartRow[]
  onToggle: (row: ChartRow) => void
}

/** The chart's numbers as a table; each name is a toggle button, the keyboard path to filter. */
export function SeriesTable({
  caption,
  labelHeader,
  valueHeader,
  rows,
  onToggle,
}: SeriesTableProps) {
  const locale = useAppStore((s) => s.language)
  return (
    <table className="chart-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col" className="chart-table__number">
            {valueHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              {row.toggles ? (
                <button
                  type="button"
                  className="chart-toggle"
                  aria-pressed={row.pressed}
                  data-value={row.id}
                  onClick={() => onToggle(row)}
                >
                  <span
                    className="chart-toggle__swatch"
                    style={{ background: row.colour }}
                    aria-hidden="true"
                  />
                  {row.label}
                </button>
              ) : (
                row.label
              )}
            </th>
            <td className="chart-table__number">{formatNumber(row.count, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
