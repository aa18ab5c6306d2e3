import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import { countPartnerVisits, visitsByRegion } from '@/domain/charts/series'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'
import { selectFilteredVisits } from '@/store/selectors'

import { DimensionChart } from './dimension-chart'
import {
  useHomeRegion,
  useTitleUnderFilters,
  useVisitsWithoutRegions,
} from './use-chart-context'

/** Visits per partner region; bars toggle the partner-region filter. */
export function RegionsChart() {
  const { t } = useTranslation()
  const { regions } = useAppStore(selectDatasets)
  const filtered = useAppStore(selectFilteredVisits)
  const visits = useVisitsWithoutRegions()
  const home = useHomeRegion()
  const underFilters = useTitleUnderFilters('visits')
  const series = useMemo(
    () => visitsByRegion(visits, regions, home),
    [visits, regions, home],
  )
  const count = useMemo(() => countPartnerVisits(filtered, home), [filtered, home])
  return (
    <DimensionChart
      testId="chart-regions"
      dimension="regions"
      series={series}
      title={underFilters(t('charts.regionsTitle', { count }))}
      notes={[t('charts.regionsNote')]}
      empty={t('charts.emptyVisits')}
      labelHeader={t('charts.region')}
      valueHeader={t('charts.visits')}
    />
  )
}
