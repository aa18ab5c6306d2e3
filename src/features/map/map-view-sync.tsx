import { useEffect, useRef } from 'react'
import { useMap, useMapEvents } from 'react-leaflet'

import { useAppStore } from '@/store/app-store'

import { viewOf } from './map-bounds'

/** What a user does to move the map (directly, or through its toolbar and legend). */
const USER_EVENTS = ['pointerdown', 'wheel', 'keydown', 'touchstart'] as const

/**
 * Keeps the map's centre and zoom in the store (and so in the link), and moves the map when
 * the stored view changes from outside: back/forward, a scene, an opened link. Only a view
 * the user chose is written: the map fitting itself to the region, or to a resized panel,
 * leaves the link as it was.
 */
export function MapViewSync() {
  const map = useMap()
  const view = useAppStore((s) => s.mapView)
  const setMapView = useAppStore((s) => s.setMapView)
  const userMoved = useRef(false)
  useEffect(
    function noticeTheUser() {
      const container = map.getContainer()
      const area = container.closest<HTMLElement>('.region-map') ?? container
      const onUser = () => {
        userMoved.current = true
      }
      for (const type of USER_EVENTS)
        area.addEventListener(type, onUser, { passive: true })
      return () => {
        for (const type of USER_EVENTS) area.removeEventListener(type, onUser)
      }
    },
    [map],
  )
  useMapEvents({
    moveend() {
      if (!userMoved.current) return
      setMapView(viewOf(map))
    },
  })
  useEffect(
    function followStoredView() {
      if (!view) return
      const center = map.getCenter()
      const moved =
        Math.abs(center.lat - view.lat) > 1e-3 ||
        Math.abs(center.lng - view.lon) > 1e-3 ||
        Math.abs(map.getZoom() - view.zoom) > 0.01
      if (moved) map.setView([view.lat, view.lon], view.zoom, { animate: false })
    },
    [map, view],
  )
  return null
}
