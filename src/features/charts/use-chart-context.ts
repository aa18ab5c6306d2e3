import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import { narrowsPlaces, narrowsVisits } from '@/domain/charts/filtered-by'
import { DEFAULT_HOME_REGION, REST_ID, type SeriesItem } from '@/domain/charts/series'
import type { Place } from '@/domain/derive/places'
import { filterVisits } from '@/domain/filters/filters'
import type { Visit } from '@/domain/schema/records'
import { localized } from '@/shared/format/format'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'
import {
  selectFilterIndex,
  selectPlacesWithout,
  selectVisitCriteriaWithout,
} from '@/store/selectors'

/** The region the dataset is about, from the manifest. */
export function useHomeRegion(): string {
  return useAppStore((s) =>
    s.manifest.status === 'ready' ? s.manifest.manifest.homeRegion : DEFAULT_HOME_REGION,
  )
}

/**
 * Places under every filter except `key`. A chart of one dimension counts these, so after a
 * value is chosen the other values stay on screen (dimmed) and can be added to the choice.
 */
export function usePlacesWithout(key: 'industries' | 'municipalities'): Place[] {
  // Only the other filters count: a pick in this chart's own dimension leaves it as it was.
  return useAppStore(selectPlacesWithout(key))
}

/** Visits under every filter except the partner regions (see `usePlacesWithout`). */
export function useVisitsWithoutRegions(): Visit[] {
  const { visits } = useAppStore(selectDatasets)
  const criteria = useAppStore(selectVisitCriteriaWithout('regions'))
  const index = useAppStore(selectFilterIndex)
  return useMemo(() => filterVisits(visits, criteria, index), [visits, criteria, index])
}

/** Names a bar in the interface language: data names, «Остальные», «Не указано», or the id. */
export function useSeriesLabel(): (item: Pick<SeriesItem, 'id' | 'name'>) => string {
  const { t } = useTranslation()
  const locale = useAppStore((s) => s.language)
  return useCallback(
    (item) =>
      item.id === REST_ID
        ? t('charts.rest')
        : item.id === ''
          ? t('charts.unspecified')
          : localized(item.name, locale) || item.id,
    [t, locale],
  )
}

/**
 * Adds «с учётом фильтров» to a title while a filter that narrows what the chart counts is on,
 * so the count is not misread as the whole dataset.
 */
export function useTitleUnderFilters(
  counts: 'visits' | 'places' | 'both',
): (title: string) => string {
  const { t } = useTranslation()
  const active = useAppStore((s) =>
    counts === 'visits'
      ? narrowsVisits(s.filters)
      : counts === 'places'
        ? narrowsPlaces(s.filters)
        : narrowsVisits(s.filters) || narrowsPlaces(s.filters),
  )
  return useCallback(
    (title) => (active ? t('charts.filtered', { title }) : title),
    [active, t],
  )
}
