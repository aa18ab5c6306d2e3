import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import { type FlowNode, cooperationLinks } from '@/domain/charts/flows'
import { REST_ID } from '@/domain/charts/series'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'
import { selectVisitPlaces, selectFilteredVisits } from '@/store/selectors'

import { ChartFigure } from './chart-figure'
import { type FlowNodeView, toFlowViews } from './flow-view'
import { FlowsSankey } from './flows-sankey'
import { FlowsTable } from './flows-table'
import { useHomeRegion, useSeriesLabel, useTitleUnderFilters } from './use-chart-context'

/**
 * Cooperation flows under the current filters: partner region → organisation of the region a
 * visit names → its industry. Region and industry nodes toggle their filters; an organisation
 * node selects the organisation (its card opens in the details panel).
 */
export function FlowsChart() {
  const { t } = useTranslation()
  const { regions, industries } = useAppStore(selectDatasets)
  const visits = useAppStore(selectFilteredVisits)
  const places = useAppStore(selectVisitPlaces)
  const chosenRegions = useAppStore((s) => s.filters.regions)
  const chosenIndustries = useAppStore((s) => s.filters.industries)
  const selectedId = useAppStore((s) => s.selectedId)
  const toggleFilterValue = useAppStore((s) => s.toggleFilterValue)
  const select = useAppStore((s) => s.select)
  const home = useHomeRegion()
  const seriesLabel = useSeriesLabel()
  const underFilters = useTitleUnderFilters('both')
  const flows = useMemo(
    () =>
      cooperationLinks(visits, places, regions, industries, {
        homeRegion: home,
        chosenIndustries,
      }),
    [visits, places, regions, industries, home, chosenIndustries],
  )
  const views = useMemo(() => {
    const label = (node: FlowNode) =>
      node.id === REST_ID ? t('charts.restPlaces') : seriesLabel(node)
    return toFlowViews(
      flows.nodes,
      { regions: chosenRegions, industries: chosenIndustries, selectedId },
      label,
    )
  }, [flows.nodes, chosenRegions, chosenIndustries, selectedId, seriesLabel, t])
  const activate = (node: FlowNodeView) => {
    if (node.kind === 'region') toggleFilterValue('regions', node.id)
    else if (node.kind === 'industry') toggleFilterValue('industries', node.id)
    else select(selectedId === node.id ? null : node.id)
  }
  const title = underFilters(t('charts.flowsTitle', { count: flows.visits }))
  const notes: string[] = [t('charts.flowsNote')]
  if (flows.totalLinks > flows.links.length)
    notes.push(
      t('charts.flowsCapped', {
        shown: flows.links.length,
        total: flows.totalLinks,
        rest: t('charts.restPlaces'),
      }),
    )
  return (
    <ChartFigure
      testId="chart-flows"
      title={title}
      notes={notes}
      wide
      empty={flows.links.length === 0 ? t('charts.emptyFlows') : undefined}
      chart={
        <FlowsSankey
          title={title}
          nodes={views}
          links={flows.links}
          onActivate={activate}
        />
      }
      table={
        <FlowsTable
          caption={title}
          nodes={views}
          links={flows.links}
          onActivate={activate}
        />
      }
    />
  )
}
