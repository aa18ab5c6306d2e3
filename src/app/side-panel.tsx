import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import type { PanelTab } from '@/domain/filters/filters-url'
import { WhatsNew } from '@/features/timeline/whats-new'
import { formatNumber } from '@/shared/format/format'
import { panelAnchor } from '@/shared/panels/panel-ids'
import { Panel } from '@/shared/ui/panel'
import { TabList } from '@/shared/ui/tab-list'
import { useAppStore } from '@/store/app-store'
import { selectIssueCount } from '@/store/file-selectors'

import {
  ChartsPanel,
  DataIssuesPanel,
  RecordDetails,
  RecordsTable,
  ScenesPanel,
} from './lazy-panels'

const tabIdOf = (id: PanelTab) => `side-tab-${id}`

/**
 * The side panel beside the map: one tab open at a time (the latest news, a record's card,
 * the charts, the table, the data quality, the scenes). Only the open tab is drawn, so the
 * others cost nothing; the table widens the panel.
 */
export function SidePanel({ tabs }: { tabs: readonly PanelTab[] }) {
  const { t } = useTranslation()
  const locale = useAppStore((s) => s.language)
  const stored = useAppStore((s) => s.tab)
  const setTab = useAppStore((s) => s.setTab)
  const issues = useAppStore(selectIssueCount)
  const active = tabs.includes(stored) ? stored : (tabs[0] ?? 'whatsnew')
  const label = (id: PanelTab) =>
    id === 'quality' && issues > 0
      ? `${t('tabs.quality')} · ${formatNumber(issues, locale)}`
      : t(`tabs.${id}`)
  return (
    <div className="side-panel" data-tab={active}>
      <TabList
        label={t('tabs.label')}
        tabs={tabs.map((id) => ({ id, label: label(id) }))}
        active={active}
        onSelect={setTab}
        tabIdOf={tabIdOf}
        panelIdOf={(id) => `${panelAnchor(id)}-tab`}
        className="tab-list side-panel__tabs"
      />
      <div
        role="tabpanel"
        id={`${panelAnchor(active)}-tab`}
        aria-labelledby={tabIdOf(active)}
        className="side-panel__body"
      >
        <TabContent tab={active} />
      </div>
    </div>
  )
}

function TabContent({ tab }: { tab: PanelTab }): ReactNode {
  const { t } = useTranslation()
  switch (tab) {
    case 'whatsnew':
      return (
        <Panel panel="whatsnew" title={t('panels.whatsnew')} className="panel--whatsnew">
          <WhatsNew />
        </Panel>
      )
    case 'details':
      return (
        <Panel
          panel="details"
          title={t('panels.details')}
          testId="details"
          className="panel--details"
        >
          <RecordDetails />
        </Panel>
      )
    case 'charts':
      return (
        <Panel panel="charts" title={t('panels.charts')} className="panel--charts">
          <ChartsPanel />
        </Panel>
      )
    case 'table':
      return (
        <Panel panel="table" title={t('panels.table')} className="panel--table">
          <RecordsTable />
        </Panel>
      )
    case 'quality':
      return <DataIssuesPanel />
    case 'scenes':
      return <ScenesPanel />
  }
}
