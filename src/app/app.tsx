import { Suspense, lazy, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { PANEL_TABS } from '@/domain/filters/filters-url'
import { DataSourceBanner } from '@/features/datasets/data-source-banner'
import { FilterBar } from '@/features/filters/filter-bar'
import { LinkNotice } from '@/features/filters/link-notice'
import { OfflineBanner, UpdatePrompt } from '@/features/offline/offline-status'
import { AppHeader } from '@/features/header/app-header'
import { KpiTiles } from '@/features/kpi/kpi-tiles'
import { ImportButton } from '@/features/import/import-button'
import { ImportBackupsNotice } from '@/features/import/import-backups-notice'
import { ImportDropZone } from '@/features/import/import-drop-zone'
import { PresenterControls } from '@/features/presenter/presenter-controls'
import { StoredScenesNotice } from '@/features/presenter/stored-scenes-notice'
import { switchLanguage } from '@/shared/i18n/i18n'
import { Panel, PanelState } from '@/shared/ui/panel'
import { PHONE_QUERY, useMediaQuery } from '@/shared/ui/use-media-query'
import { useAppStore } from '@/store/app-store'
import { selectFilesSettled } from '@/store/file-selectors'
import { startFilterWarmUp } from '@/store/filter-warm-up'

import { EmbedLayout } from './embed-layout'
import { loadRegionMap, loadTimelinePanel } from './first-screen-chunks'
import { isEmbedView } from './embed-view'
import { DetailsSheet, FiltersButton, FiltersSheet } from './phone-sheets'
import { ExportMenu, PresenterSlide } from './lazy-panels'
import { SidePanel } from './side-panel'

// Heavy panels load as their own chunks, so the first screen needs less JavaScript.
const RegionMap = lazy(() => loadRegionMap().then((m) => ({ default: m.RegionMap })))
const TimelinePanel = lazy(() =>
  loadTimelinePanel().then((m) => ({ default: m.TimelinePanel })),
)

/** The timeline strip's chart, brush included: the strip is 140 px with its header line. */
const STRIP_CHART_HEIGHT = 100

/** On a phone the card opens as a sheet over the map instead of a tab. */
const PHONE_TABS = PANEL_TABS.filter((tab) => tab !== 'details')

/** The page follows the chosen theme and language. */
function useThemeAndLanguage() {
  const { i18n } = useTranslation()
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
      let current = true
      // The texts switch once English has arrived (a chunk of its own, usually there already:
      // `main.tsx` fetches it before the first render of an English page). Should the chunk
      // not come, the page stays in Russian and says so by its `lang`.
      switchLanguage(i18n, language).then(
        () => {
          if (current) document.documentElement.lang = language
        },
        () => undefined,
      )
      return () => {
        current = false
      }
    },
    [language, i18n],
  )
}

/** The map, the hero of every layout. */
function MapPanel() {
  const { t } = useTranslation()
  return (
    <Panel panel="map" title={t('panels.map')} testId="map-panel" className="panel--map">
      <Suspense fallback={<PanelState kind="loading" />}>
        <RegionMap />
      </Suspense>
    </Panel>
  )
}

const dataSettled = selectFilesSettled()

/**
 * The timeline strip under the map. Its chart library is the largest chunk of the first
 * visit, so it is fetched once the data is in: the tiles, the map and «Что нового» draw first.
 */
function TimelineStrip() {
  const { t } = useTranslation()
  const settled = useAppStore(dataSettled)
  return (
    <Panel panel="timeline" title={t('panels.timeline')} className="panel--timeline">
      {settled ? (
        <Suspense fallback={<PanelState kind="loading" />}>
          <TimelinePanel chartHeight={STRIP_CHART_HEIGHT} />
        </Suspense>
      ) : (
        <PanelState kind="loading" />
      )}
    </Panel>
  )
}

/**
 * The dashboard in one screen: a one-row header, the filter bar, the headline tiles, the map
 * with a side panel of tabs, and the timeline strip. On a phone the map comes first and the
 * filters and a record's card open in sheets.
 */
export function App() {
  const { t } = useTranslation()
  useThemeAndLanguage()
  useEffect(() => startFilterWarmUp(useAppStore), [])
  const phone = useMediaQuery(PHONE_QUERY)
  const [embed] = useState(() => isEmbedView())
  const [filtersOpen, setFiltersOpen] = useState(false)
  const presenterMode = useAppStore((s) => s.presenterMode)
  if (embed) return <EmbedLayout map={<MapPanel />} timeline={<TimelineStrip />} />
  return (
    <div className={`app${phone ? ' app--phone' : ''}`}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader
        actions={
          <>
            {phone && <FiltersButton onOpen={() => setFiltersOpen(true)} />}
            <ImportButton />
            <PresenterControls />
            <ExportMenu />
            <UpdatePrompt />
          </>
        }
      />
      <DataSourceBanner />
      <StoredScenesNotice />
      <ImportBackupsNotice />
      <OfflineBanner />
      <LinkNotice />
      {presenterMode ? (
        <PresenterSlide />
      ) : (
        <>
          <main id="main" className="dashboard" tabIndex={-1}>
            {!phone && (
              <div className="dashboard__filters">
                <FilterBar />
              </div>
            )}
            <div className="dashboard__tiles">
              <KpiTiles />
            </div>
            <MapPanel />
            <TimelineStrip />
            <aside className="dashboard__side" aria-label={t('tabs.label')}>
              <SidePanel tabs={phone ? PHONE_TABS : PANEL_TABS} />
            </aside>
          </main>
          {phone && <DetailsSheet />}
          {phone && (
            <FiltersSheet open={filtersOpen} onClose={() => setFiltersOpen(false)} />
          )}
        </>
      )}
      <ImportDropZone />
    </div>
  )
}
