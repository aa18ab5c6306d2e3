import { type ComponentType, type ReactNode, Suspense, lazy } from 'react'
import { useTranslation } from 'react-i18next'

import { PanelState } from '@/shared/ui/panel'

/**
 * The panels that are not on the first screen, each a chunk of its own loaded when first
 * shown: the first visit runs only what it draws (the tiles, the map, the timeline strip and
 * «Что нового»).
 */
function later<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = <PanelState kind="loading" />,
) {
  const Lazy = lazy(() => load().then((component) => ({ default: component })))
  return function Later(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    )
  }
}

export const RecordDetails = later(() =>
  import('@/features/details/record-details').then((m) => m.RecordDetails),
)
export const DataIssuesPanel = later(() =>
  import('@/features/datasets/data-issues-panel').then((m) => m.DataIssuesPanel),
)
export const ScenesPanel = later(() =>
  import('@/features/presenter/scenes-panel').then((m) => m.ScenesPanel),
)
export const RecordsTable = later(() =>
  import('@/features/records-table/records-table').then((m) => m.RecordsTable),
)
export const ChartsPanel = later(() =>
  import('@/features/charts/charts-panel').then((m) => m.ChartsPanel),
)
export const PresenterSlide = later(() =>
  import('./presenter-slide').then((m) => m.PresenterSlide),
)

/** The header's «Экспорт» until its menu has loaded: the same button, not yet usable. */
function ExportPlaceholder() {
  const { t } = useTranslation()
  return (
    <div className="export">
      <button type="button" className="button export__toggle" disabled>
        {t('export.button')}
        <span aria-hidden="true"> ▾</span>
      </button>
    </div>
  )
}

export const ExportMenu = later(
  () => import('@/features/export/export-menu').then((m) => m.ExportMenu),
  <ExportPlaceholder />,
)
