import { useEffect } from 'react'
import { useMap } from 'react-leaflet'

import { useAppStore } from '@/store/app-store'
import { selectPointIndex } from '@/store/selectors'

/** Brings the selected record into view when it is chosen elsewhere (table, feed, link). */
export function SelectionFollower() {
  const map = useMap()
  const selectedId = useAppStore((s) => s.selectedId)
  const index = useAppStore(selectPointIndex)
  useEffect(
    function panToSelection() {
      if (!selectedId) return
      const place = index.places.find((p) => p.record.id === selectedId)
      const { lat, lon } = place?.record.location ?? {}
      if (lat === undefined || lon === undefined) return
      if (!map.getBounds().pad(-0.1).contains([lat, lon])) map.panTo([lat, lon])
    },
    [map, selectedId, index],
  )
  return null
}
