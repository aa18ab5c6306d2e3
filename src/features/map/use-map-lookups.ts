import { useMemo } from 'react'

import { indexById } from '@/domain/derive/places'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'

/** Industry and municipality look-ups shared by the map's layers and legend. */
export function useMapLookups() {
  const datasets = useAppStore(selectDatasets)
  return useMemo(
    () => ({
      industries: indexById(datasets.industries),
      municipalities: indexById(datasets.municipalities),
    }),
    [datasets.industries, datasets.municipalities],
  )
}
