import 'leaflet/dist/leaflet.css'

import type { Map as LeafletMap } from 'leaflet'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AttributionControl, MapContainer, TileLayer, ZoomControl } from 'react-leaflet'

import { useDrawnLater } from '@/shared/tasks/use-drawn-later'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'

import { BoundaryLayers } from './boundary-layers'
import './map.css'
import { FlowLayer } from './flow-layer'
import { MapLegend } from './map-legend'
import { MapToolbar } from './map-toolbar'
import { MapViewSync } from './map-view-sync'
import { HOME_PADDING, homeBounds, partnerBounds } from './map-bounds'
import { MunicipalCentres } from './municipal-centres'
import { MunicipalLayer } from './municipal-layer'
import { PlaceMarkers } from './place-markers'
import { RegionFilterFit } from './region-filter-fit'
import { SelectionFollower } from './selection-follower'
import { UnplacedNote } from './unplaced-note'

/** Leaflet's credit without the flag icon its default prefix carries. */
const ATTRIBUTION_PREFIX =
  '<a href="https://leafletjs.com" target="_blank" rel="noopener noreferrer">Leaflet</a>'

/** An online tile layer only when a deployment sets one; the map never needs it. */
const TILE_URL = import.meta.env.VITE_TILE_URL as string | undefined
const TILE_ATTRIBUTION = import.meta.env.VITE_TILE_ATTRIBUTION as string | undefined

/** The map of the region: offline boundaries, places, visit flows, legend and controls. */
export function RegionMap() {
  const { t, i18n } = useTranslation()
  const [map, setMap] = useState<LeafletMap | null>(null)
  // The layers are made in the task after the map: making the map lays out the page, and
  // the two together were one long task.
  const layersDue = useDrawnLater(map, map !== null, 1) === true
  const geo = useAppStore((s) => s.geo)
  const layers = useAppStore((s) => s.layers)
  const datasets = useAppStore(selectDatasets)
  const home = useMemo(
    () =>
      homeBounds(
        geo.status === 'ready' ? geo.layers.home : undefined,
        datasets.municipalities,
      ),
    [geo, datasets.municipalities],
  )
  const partners = useMemo(
    () => partnerBounds(datasets.visits, datasets.regions, home),
    [datasets.visits, datasets.regions, home],
  )
  useEffect(
    function followPanelSize() {
      if (!map || typeof ResizeObserver === 'undefined') return
      // The panel grows and shrinks with the window and the side panel; Leaflet only
      // watches the window.
      const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }))
      observer.observe(map.getContainer())
      return () => observer.disconnect()
    },
    [map],
  )
  useEffect(
    function fitHomeUntilTheUserMoves() {
      if (!map || !home || geo.status !== 'ready') return
      // A link or a scene that names a view keeps it.
      if (useAppStore.getState().mapView) return
      const container = map.getContainer()
      const area = container.closest<HTMLElement>('.region-map') ?? container
      let moved = false
      const fit = () => {
        // Until the user moves the map or picks a view (a region, a scene, back/forward).
        if (!moved && !useAppStore.getState().mapView)
          map.fitBounds(home, { ...HOME_PADDING, animate: false })
      }
      const onUser = () => {
        moved = true
      }
      area.addEventListener('pointerdown', onUser, { passive: true })
      area.addEventListener('wheel', onUser, { passive: true })
      area.addEventListener('keydown', onUser)
      // The panel settles its size as the page fills in: keep the region in view until then.
      map.on('resize', fit)
      fit()
      return () => {
        map.off('resize', fit)
        area.removeEventListener('pointerdown', onUser)
        area.removeEventListener('wheel', onUser)
        area.removeEventListener('keydown', onUser)
      }
    },
    [map, home, geo.status],
  )
  return (
    <div className="region-map">
      <MapToolbar map={map} home={home} partners={partners} />
      <div
        className="region-map__canvas"
        data-testid="map"
        aria-label={t('map.label')}
        role="region"
      >
        <MapContainer
          ref={setMap}
          center={[54.8, 32.9]}
          zoom={7}
          minZoom={3}
          maxZoom={16}
          zoomSnap={0.5}
          attributionControl={false}
          zoomControl={false}
          className="region-map__leaflet"
        >
          <AttributionControl prefix={ATTRIBUTION_PREFIX} />
          {/* Leaflet sets the buttons' titles once: a new language builds the control anew. */}
          <ZoomControl
            key={i18n.language}
            zoomInTitle={t('mapcharts.zoomIn')}
            zoomOutTitle={t('mapcharts.zoomOut')}
          />
          {TILE_URL && <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION ?? ''} />}
          {layersDue && (
            <>
              <BoundaryLayers />
              {layers.visits && <FlowLayer />}
              {layers.centres && <MunicipalCentres />}
              <PlaceMarkers />
              {layers.municipal && <MunicipalLayer />}
            </>
          )}
          <SelectionFollower />
          <MapViewSync />
          <RegionFilterFit home={home} />
        </MapContainer>
      </div>
      <MapLegend />
      <UnplacedNote />
    </div>
  )
}
