import { useEffect, useRef } from 'react'
import { useMap } from 'react-leaflet'

import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'

import type { LatLon } from './flow-geometry'
import { regionFilterBounds, viewOf } from './map-bounds'

/**
 * Fits the map to the picked partner regions and the home region when the partner-region
 * filter changes. Only a change of the filter alone moves the map: the first view (perhaps an
 * explicit one from the link) is left as it is, and a change that brings its own view (a
 * scene, back/forward) keeps that view.
 */
export function RegionFilterFit({ home }: { home: [LatLon, LatLon] | null }) {
  const map = useMap()
  const homeRef = useRef(home)
  useEffect(() => {
    homeRef.current = home
  })
  useEffect(
    function fitOnRegionPick() {
      return useAppStore.subscribe((next, previous) => {
        const [now, before] = [next.filters.regions, previous.filters.regions]
        if (now.length === before.length && now.every((id, i) => id === before[i])) return
        if (next.mapView !== previous.mapView) return
        const bounds = regionFilterBounds(
          next.filters.regions,
          selectDatasets(next).regions,
          homeRef.current,
        )
        if (!bounds) return
        map.fitBounds(bounds, { padding: [24, 24], maxZoom: 8, animate: false })
        // The user asked for these regions: the view they bring goes into the link.
        useAppStore.getState().setMapView(viewOf(map))
      })
    },
    [map],
  )
  return null
}
