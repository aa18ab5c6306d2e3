import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

import { PANEL_TABS } from '@/domain/filters/filters-url'
import { panelAnchor } from '@/shared/panels/panel-ids'
import { findPanel } from '@/shared/panels/panel-registry'
import { useAppStore } from '@/store/app-store'

/**
 * Jumps between the lower panels; the active one is part of the link, so a shared view opens
 * on the same panel. Every panel stays on the page (the map's table alternative too).
 */
export function PanelTabs() {
  const { t } = useTranslation()
  const tab = useAppStore((s) => s.tab)
  const setTab = useAppStore((s) => s.setTab)
  const ready = useAppStore((s) => s.manifest.status === 'ready')
  useEffect(
    function scrollToLinkedPanel() {
      if (ready && tab !== 'charts') {
        findPanel(tab)?.element.scrollIntoView({ block: 'start' })
      }
    },
    // Only when the page opens: later the user's own clicks scroll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ready],
  )
  return (
    <nav className="panel-tabs" aria-label={t('tabs.label')}>
      {PANEL_TABS.map((id) => (
        <a
          key={id}
          href={`#${panelAnchor(id)}`}
          className="panel-tabs__tab"
          aria-current={tab === id ? 'true' : undefined}
          onClick={() => setTab(id)}
        >
          {t(`tabs.${id}`)}
        </a>
      ))}
    </nav>
  )
}
