import { type ReactNode, Suspense, lazy } from 'react'
import { useTranslation } from 'react-i18next'

import { type SlideLayout, slideLayout } from '@/domain/scenes/slide-layout'
import { RecordDetails } from '@/features/details/record-details'
import { KpiTiles } from '@/features/kpi/kpi-tiles'
import { PresenterNav } from '@/features/presenter/presenter-nav'
import { PresenterStage } from '@/features/presenter/presenter-stage'
import { Panel, PanelState } from '@/shared/ui/panel'
import { WhatsNew } from '@/features/timeline/whats-new'
import { useAppStore } from '@/store/app-store'
import { selectScenes } from '@/store/scenes-slice'

// The same chunks app.tsx loads: whichever the dashboard or the slide asks for first.
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

/**
 * Presenter mode's one screen: the scene's title, caption, progress and steps on top, the
 * headline tiles if the scene asks for them, and one hero panel filling the rest of the
 * viewport, so nothing scrolls in front of the room.
 */
export function PresenterSlide() {
  const { t } = useTranslation()
  const scene = useAppStore((s) => selectScenes(s).find((x) => x.id === s.activeSceneId))
  const selectedId = useAppStore((s) => s.selectedId)
  const layout = slideLayout(scene, selectedId)
  return (
    <main
      id="main"
      className="presenter-slide"
      tabIndex={-1}
      data-testid="presenter-slide"
      data-hero={layout.panel}
    >
      <div className="presenter-slide__top">
        <PresenterStage />
        <nav className="presenter-slide__nav" aria-label={t('presenter.stage')}>
          <PresenterNav />
        </nav>
      </div>
      {layout.tiles && <KpiTiles />}
      <Hero layout={layout} />
    </main>
  )
}

function Hero({ layout }: { layout: SlideLayout }) {
  const { t } = useTranslation()
  const { panel, chart } = layout
  const lazyPanel = (node: ReactNode) => (
    <Suspense fallback={<PanelState kind="loading" />}>{node}</Suspense>
  )
  const body =
    panel === 'map' ? (
      lazyPanel(<RegionMap />)
    ) : panel === 'charts' ? (
      lazyPanel(<ChartsPanel only={chart} />)
    ) : panel === 'details' ? (
      <RecordDetails />
    ) : panel === 'whatsnew' ? (
      <WhatsNew />
    ) : (
      lazyPanel(<TimelinePanel />)
    )
  const title = panel === 'whatsnew' ? t('presenter.whatsNew') : t(`panels.${panel}`)
  return (
    <Panel
      key={panel}
      panel={panel}
      title={title}
      testId="presenter-hero"
      className={`presenter-slide__hero presenter-slide__hero--${panel}`}
    >
      {body}
    </Panel>
  )
}
