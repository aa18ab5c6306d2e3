import { type ReactNode, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { PanelState } from '@/shared/ui/panel'

interface ChartFigureProps {
  testId: string
  title: string
  notes?: readonly string[]
  /** Set when the filters leave nothing to count: shown instead of the chart and table. */
  empty?: string
  /** Set while values of this chart's dimension are chosen: offers to clear them. */
  onClear?: () => void
  wide?: boolean
  /** More classes of the figure, for styles (print puts the industries chart aside). */
  className?: string
  chart: ReactNode
  table: ReactNode
}

/**
 * A chart with a title that says what it counts and a data table behind a disclosure, so the
 * same numbers are there for keyboards and screen readers.
 */
export function ChartFigure({
  testId,
  title,
  notes = [],
  empty,
  onClear,
  wide = false,
  className,
  chart,
  table,
}: ChartFigureProps) {
  const { t } = useTranslation()
  const titleId = useId()
  // The table is drawn only while open: closed, it would redraw up to 150 rows on every
  // filter change for nobody.
  const [tableOpen, setTableOpen] = useState(false)
  return (
    <figure
      className={`chart${wide ? ' chart--wide' : ''}${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <figcaption className="chart__caption">
        <h3 id={titleId} className="chart__title">
          {title}
        </h3>
        {notes.map((note) => (
          <p key={note} className="chart__note">
            {note}
          </p>
        ))}
      </figcaption>
      {empty !== undefined ? (
        <PanelState kind="empty" message={empty} />
      ) : (
        <>
          {onClear && (
            <p className="chart__hint">
              {t('charts.dimmed')}{' '}
              <button type="button" className="button" onClick={onClear}>
                {t('charts.clear')}
              </button>
            </p>
          )}
          <div className="chart__plot">{chart}</div>
          <details
            className="chart__data"
            onToggle={(event) => setTableOpen(event.currentTarget.open)}
          >
            <summary>{t('charts.dataTable')}</summary>
            {tableOpen && table}
          </details>
        </>
      )}
    </figure>
  )
}
