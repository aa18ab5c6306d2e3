import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import { KpiTiles } from '@/features/kpi/kpi-tiles'
import { localized } from '@/shared/format/format'
import { useAppStore } from '@/store/app-store'

import { fullDashboardUrl } from './embed-view'

/**
 * The view a ministry portal embeds: the tiles, the map and the timeline of the same link,
 * without the header, the filters or the menus, and a way out to the full dashboard.
 */
export function EmbedLayout({ map, timeline }: { map: ReactNode; timeline: ReactNode }) {
  const { t } = useTranslation()
  const manifest = useAppStore((s) => s.manifest)
  const locale = useAppStore((s) => s.language)
  return (
    <div className="app app--embed" aria-label={t('layout.embedLabel')}>
      <header className="embed-header">
        <h1 className="embed-header__title">
          {manifest.status === 'ready'
            ? localized(manifest.manifest.title, locale)
            : t('app.name')}
        </h1>
        <a
          className="embed-header__full"
          href={fullDashboardUrl()}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="embed-open-full"
        >
          {t('layout.openFull')} ↗
        </a>
      </header>
      <main id="main" className="dashboard dashboard--embed">
        <div className="dashboard__tiles">
          <KpiTiles />
        </div>
        {map}
        {timeline}
      </main>
    </div>
  )
}
