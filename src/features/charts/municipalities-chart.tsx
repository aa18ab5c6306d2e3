import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import { placesByMunicipality } from '@/domain/charts/series'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'
import { selectFilteredPlaces } from '@/store/selectors'

import { DimensionChart } from './dimension-chart'
import { usePlacesWithout, useTitleUnderFilters } from './use-chart-context'

/** Enterprises and parks per municipality («Не указано» too); bars toggle that filter. */
export function MunicipalitiesChart() {
  const { t } = useTranslation()
  const { municipalities } = useAppStore(selectDatasets)
  const count = useAppStore((s) => selectFilteredPlaces(s).length)
  const places = usePlacesWithout('municipalities')
  const underFilters = useTitleUnderFilters('places')
  const series = useMemo(
    () => placesByMunicipality(places, municipalities),
    [places, municipalities],
  )
  return (
    <DimensionChart
      testId="chart-municipalities"
      dimension="municipalities"
      series={series}
      title={underFilters(t('charts.municipalitiesTitle', { count }))}
      empty={t('charts.emptyPlaces')}
      labelHeader={t('charts.municipality')}
      valueHeader={t('charts.places')}
    />
  )
}
