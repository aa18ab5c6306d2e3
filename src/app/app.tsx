import { Suspense, lazy, useEffect } from 'react'
import { useTranslation } from 'react-i18next'

import { DataIssuesPanel } from '@/features/datasets/data-issues-panel'
import { DataSourceBanner } from '@/features/datasets/data-source-banner'
import { RecordDetails } from '@/features/details/record-details'
import { FilterBar } from '@/features/filters/filter-bar'
import { LinkNotice } from '@/features/filters/link-notice'
import { ExportMenu } from '@/features/export/export-menu'
import { AppHeader } from '@/features/header/app-header'
import { KpiTiles } from '@/features/kpi/kpi-tiles'
import { PanelTabs } from '@/features/navigation/panel-tabs'
import { PresenterControls } from '@/features/presenter/presenter-controls'
import { ScenesPanel } from '@/features/presenter/scenes-panel'
import { RecordsTable } from '@/features/records-table/records-table'
import { WhatsNew } from '@/features/timeline/whats-new'
import { Panel, PanelState } from '@/shared/ui/panel'
import { useAppStore } from '@/store/app-store'

// Heavy panels load as their own chunks, so the first screen needs less JavaScript.
const RegionMap = lazy(() =>
  import('@/features/map/region-map').then((m) => ({ default: m.RegionMap })),
)
const TimelinePanel = lazy(() =>
  import('@/features/timeline/timeline-panel').then((m) => ({
    default: m.TimelinePanel,
  })),
)
const ChartsPanel = lazy(() =>
  import('@/features/charts/charts-panel').then((m) => ({ default: m.ChartsPanel })),
)

/** The dashboard page: header, KPI tiles and the panels. */
export function App() {
  const { t, i18n } = useTranslation()
  const language = useAppStore((s) => s.language)
  const theme = useAppStore((s) => s.theme)
  useEffect(
    function followTheme() {
      const query = window.matchMedia?.('(prefers-color-scheme: dark)')
      const apply = () => {
        const dark = theme === 'dark' || (theme === 'auto' && query?.matches === true)
        document.documentElement.dataset.theme = dark ? 'dark' : 'light'
      }
      apply()
      query?.addEventListener('change', apply)
      return () => query?.removeEventListener('change', apply)
    },
    [theme],
  )
  useEffect(
    function followLanguage() {
      document.documentElement.lang = language
      void i18n.changeLanguage(language)
    },
    [language, i18n],
  )
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader
        actions={
          <>
            <PresenterControls />
            <ExportMenu />
          </>
        }
      />
      <DataSourceBanner />
      <LinkNotice />
      <main id="main" className="dashboard" tabIndex={-1}>
        <FilterBar />
        <KpiTiles />
        <div className="dashboard__grid">
          <Panel
            panel="map"
            title={t('panels.map')}
            testId="map-panel"
            className="panel--map"
          >
            <Suspense fallback={<PanelState kind="loading" />}>
              <RegionMap />
            </Suspense>
          </Panel>
          <Panel
            panel="details"
            title={t('panels.details')}
            testId="details"
            className="panel--details"
          >
            <RecordDetails />
          </Panel>
          <Panel
            panel="timeline"
            title={t('panels.timeline')}
            className="panel--timeline"
          >
            <Suspense fallback={<PanelState kind="loading" />}>
              <TimelinePanel />
            </Suspense>
          </Panel>
          <Panel panel="whatsnew" title={t('counting.whatsNew')}>
            <WhatsNew />
          </Panel>
          <PanelTabs />
          <Panel panel="charts" title={t('panels.charts')} className="panel--charts">
            <Suspense fallback={<PanelState kind="loading" />}>
              <ChartsPanel />
            </Suspense>
          </Panel>
          <Panel panel="table" title={t('panels.table')} className="panel--table">
            <RecordsTable />
          </Panel>
          <DataIssuesPanel />
          <ScenesPanel />
        </div>
      </main>
    </div>
  )
}
