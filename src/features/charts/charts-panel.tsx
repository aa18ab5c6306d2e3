import { useDeferredValue } from 'react'
import { useTranslation } from 'react-i18next'

import type { ChartId } from '@/domain/schema/scene'
import { PanelState } from '@/shared/ui/panel'
import { useAppStore } from '@/store/app-store'
import { selectFilesSettled } from '@/store/file-selectors'

import './charts.css'
import { FlowsChart } from './flows-chart'
import { IndustriesChart } from './industries-chart'
import { MunicipalitiesChart } from './municipalities-chart'
import { RegionsChart } from './regions-chart'

const selectChartFilesSettled = selectFilesSettled(['enterprises', 'parks', 'visits'])

/**
 * The cooperation charts: visits by partner region, cooperation flows, enterprises by industry
 * and by municipality. Every chart follows the shared filters and changes them on click.
 * Lazy-loaded, so Recharts stays out of the first bundle. `only` shows one chart (a slide's).
 */
export function ChartsPanel({ only }: { only?: ChartId } = {}) {
  const { t } = useTranslation()
  const loading = useAppStore(
    (s) => s.manifest.status !== 'error' && !selectChartFilesSettled(s),
  )
  // When the data arrives the charts draw in a background render, after the tiles and the
  // map: the first view is drawn sooner and the charts follow a moment later.
  const settled = useDeferredValue(!loading, false)
  if (!settled) return <PanelState kind="loading" />
  return (
    <div className="charts" role="group" aria-label={t('charts.label')}>
      {(!only || only === 'regions') && <RegionsChart />}
      {(!only || only === 'industries') && <IndustriesChart />}
      {(!only || only === 'flows') && <FlowsChart />}
      {(!only || only === 'municipalities') && <MunicipalitiesChart />}
    </div>
  )
}
