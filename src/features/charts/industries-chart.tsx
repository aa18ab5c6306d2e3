import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import { placesByIndustry } from '@/domain/charts/series'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'
import { selectFilteredPlaces } from '@/store/selectors'

import { DimensionChart } from './dimension-chart'
import { usePlacesWithout, useTitleUnderFilters } from './use-chart-context'

/** Enterprises and parks per industry, in the industry colours; bars toggle the industry filter. */
export function IndustriesChart() {
  const { t } = useTranslation()
  const { industries } = useAppStore(selectDatasets)
  const count = useAppStore((s) => selectFilteredPlaces(s).length)
  const places = usePlacesWithout('industries')
  const underFilters = useTitleUnderFilters('places')
  const series = useMemo(() => placesByIndustry(places, industries), [places, industries])
  return (
    <DimensionChart
      testId="chart-industries"
      dimension="industries"
      series={series}
      title={underFilters(t('charts.industriesTitle', { count }))}
      notes={[t('charts.industriesNote')]}
      empty={t('charts.emptyPlaces')}
      labelHeader={t('charts.industry')}
      valueHeader={t('charts.places')}
    />
  )
}
