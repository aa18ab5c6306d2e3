import type {
  LatLngBoundsExpression,
  Map as LeafletMap,
  Marker as LeafletMarker,
} from 'leaflet'
import { memo, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { Marker, Tooltip, useMap, useMapEvents } from 'react-leaflet'

import type { Place } from '@/domain/derive/places'
import { type Locale, localized } from '@/shared/format/format'
import { useDrawnLater } from '@/shared/tasks/use-drawn-later'
import { useAppStore } from '@/store/app-store'
import { selectPointIndex, selectVisibleMask } from '@/store/selectors'

import {
  type ClusterMarker,
  MARKER_RULES,
  type SingleMarker,
  type View,
  buildMarkers,
  fixedLayout,
  maskMarkers,
} from './map-models'
import { ICON_SIZE, clusterIcon, singleIcon } from './marker-icons'
import { useMapLookups } from './use-map-lookups'
import { useTouchOnly } from './use-touch-only'

function viewOf(map: LeafletMap): View {
  const bounds = map.getBounds().pad(0.25)
  return {
    west: bounds.getWest(),
    south: bounds.getSouth(),
    east: bounds.getEast(),
    north: bounds.getNorth(),
    zoom: map.getZoom(),
  }
}

/** New data reaches the markers this many tasks after the render that brought it. */
const MARKERS_AFTER_TASKS = 1

const NO_MARKERS: readonly (SingleMarker | ClusterMarker)[] = []

/** Enterprises and parks in view: one marker each, or clusters when many are in view. */
export function PlaceMarkers() {
  const map = useMap()
  const index = useAppStore(selectPointIndex)
  const shown = useAppStore(selectVisibleMask)
  const [view, setView] = useState(() => viewOf(map))
  useMapEvents({ moveend: () => setView(viewOf(map)) })
  // New data (the first load, an import) is drawn in the task after the one that set it: the
  // map, the tiles and the counts first, the markers next, so the two never make one long
  // task. Until then the markers drawn stay, with the mask they were drawn with; a filter
  // change on the same data is drawn at once.
  const data = useMemo(() => ({ index, shown }), [index, shown])
  const drawn = useDrawnLater(index, data, MARKERS_AFTER_TASKS)
  // Few records in view: all of them are laid out once per view and a filter change only
  // hides and shows markers where they stand (no marker moves, none is remade). Many: the
  // shown ones are clustered, and the clusters follow the filters.
  const drawnIndex = drawn?.index
  const layout = useMemo(
    () => (drawnIndex ? fixedLayout(drawnIndex, view) : null),
    [drawnIndex, view],
  )
  const markers = useMemo(() => {
    if (!drawn) return NO_MARKERS
    return layout
      ? maskMarkers(layout, drawn.shown)
      : buildMarkers(drawn.index, view, drawn.shown)
  }, [drawn, layout, view])
  const env = useMarkerEnv()
  return (
    <>
      {markers.map((marker) =>
        marker.kind === 'single' ? (
          <PlaceMarker key={marker.key} marker={marker} env={env} />
        ) : (
          <ClusterBubble key={marker.key} marker={marker} env={env} />
        ),
      )}
    </>
  )
}

/**
 * What every marker reads, read once for all of them: a hundred markers each calling
 * `useTranslation` and the look-ups copied the i18n instance and indexed the industries a
 * hundred times whenever a filter change brought them.
 */
interface MarkerEnv {
  t: TFunction
  locale: Locale
  industries: ReturnType<typeof useMapLookups>['industries']
  touchOnly: boolean
  map: LeafletMap
  select: (id: string) => void
}

function useMarkerEnv(): MarkerEnv {
  const { t } = useTranslation()
  const locale = useAppStore((s) => s.language)
  const select = useAppStore((s) => s.select)
  const touchOnly = useTouchOnly()
  const map = useMap()
  const { industries } = useMapLookups()
  return useMemo(
    () => ({ t, locale, industries, touchOnly, map, select }),
    [t, locale, industries, touchOnly, map, select],
  )
}

/**
 * A filter change builds new marker models; one whose record, position, offset and
 * visibility stay the same keeps its marker as drawn (no render, no Leaflet update).
 */
const sameSingle = (
  a: { marker: SingleMarker; env: MarkerEnv },
  b: { marker: SingleMarker; env: MarkerEnv },
) =>
  a.env === b.env &&
  a.marker.place === b.marker.place &&
  a.marker.hidden === b.marker.hidden &&
  a.marker.lat === b.marker.lat &&
  a.marker.lon === b.marker.lon &&
  a.marker.offset[0] === b.marker.offset[0] &&
  a.marker.offset[1] === b.marker.offset[1]

/** Likewise a cluster whose members' count, mix, position and bounds stay the same. */
const sameCluster = (
  a: { marker: ClusterMarker; env: MarkerEnv },
  b: { marker: ClusterMarker; env: MarkerEnv },
) =>
  a.env === b.env &&
  a.marker.lat === b.marker.lat &&
  a.marker.lon === b.marker.lon &&
  a.marker.count === b.marker.count &&
  a.marker.bounds.flat().every((v, i) => v === b.marker.bounds.flat()[i]) &&
  a.marker.mix.length === b.marker.mix.length &&
  a.marker.mix.every(
    (m, i) =>
      m.industry === b.marker.mix[i]?.industry && m.count === b.marker.mix[i]?.count,
  )

const PlaceMarker = memo(function PlaceMarker({
  marker,
  env,
}: {
  marker: SingleMarker
  env: MarkerEnv
}) {
  const { t, locale, select, touchOnly, industries } = env
  const selected = useAppStore((s) => s.selectedId === marker.place.record.id)
  const { record } = marker.place
  const approximate = record.location.precision === 'stand-in'
  const icon = singleIcon({
    colour: industries.get(record.industries[0] ?? '')?.colour ?? '',
    shape: marker.place.type === 'park' ? 'square' : 'circle',
    approximate,
    selected,
    offset: marker.offset,
  })
  const name = localized(record.name, locale)
  const label = useMemo(
    () => describePlace(marker.place, name, t, approximate),
    [marker.place, name, t, approximate],
  )
  const { ref, handlers } = useMarkerElement(
    icon,
    marker.hidden ? HIDDEN : { 'aria-label': label, 'data-record-id': record.id },
    () => select(record.id),
  )
  const position = useLatLng(marker.lat, marker.lon)
  return (
    <Marker
      ref={ref}
      position={position}
      icon={icon}
      keyboard
      zIndexOffset={selected ? 1000 : 0}
      eventHandlers={handlers}
    >
      {!touchOnly && (
        <Tooltip
          direction="top"
          offset={[marker.offset[0], marker.offset[1] - ICON_SIZE / 2]}
          className="map-tooltip"
        >
          <strong className="map-tooltip__name">{name}</strong>
          <span className="map-tooltip__line">
            {record.industries
              .map((id) => localized(industries.get(id)?.label, locale) || id)
              .join(', ')}
          </span>
          {approximate && (
            <span className="map-tooltip__line">{t('map.approximate')}</span>
          )}
        </Tooltip>
      )}
    </Marker>
  )
}, sameSingle)

/** A filtered-out marker: not drawn, not focusable, not named. */
const HIDDEN = { hidden: '' }

function describePlace(
  place: Place,
  name: string,
  t: TFunction,
  approximate: boolean,
): string {
  const kind = t(`kinds.${place.record.kind}`)
  return approximate ? `${name} — ${kind}, ${t('map.approximate')}` : `${name} — ${kind}`
}

const ClusterBubble = memo(function ClusterBubble({
  marker,
  env,
}: {
  marker: ClusterMarker
  env: MarkerEnv
}) {
  const { t, map, touchOnly, industries } = env
  const icon = useMemo(
    () =>
      clusterIcon(
        marker.count,
        marker.mix.map((m) => ({
          colour: industries.get(m.industry)?.colour ?? '',
          count: m.count,
        })),
      ),
    [marker.count, marker.mix, industries],
  )
  const label = t('map.cluster', { count: marker.count })
  const { ref, handlers } = useMarkerElement(icon, { 'aria-label': label }, () =>
    zoomInto(map, marker.bounds),
  )
  const position = useLatLng(marker.lat, marker.lon)
  return (
    <Marker ref={ref} position={position} icon={icon} keyboard eventHandlers={handlers}>
      {!touchOnly && (
        <Tooltip direction="top" className="map-tooltip">
          {label}
        </Tooltip>
      )}
    </Marker>
  )
}, sameCluster)

/**
 * Gives a marker's element its accessible name and makes Enter and Space activate it (Leaflet's
 * keyboard markers are `role="button"` divs that react only to clicks). Leaflet replaces the
 * element whenever the icon changes, so this runs again after every icon change.
 * Attributes take text, never HTML. Returns the marker's ref and its click handlers, which
 * activate it the same way.
 */
function useMarkerElement(
  icon: unknown,
  attributes: Record<string, string>,
  activate: () => void,
) {
  const ref = useRef<LeafletMarker>(null)
  const activateRef = useRef(activate)
  useEffect(() => {
    activateRef.current = activate
  })
  const serialised = JSON.stringify(attributes)
  useEffect(
    function decorateElement() {
      const element = ref.current?.getElement()
      if (!element) return
      const names = Object.entries(JSON.parse(serialised) as Record<string, string>)
      for (const [name, value] of names) element.setAttribute(name, value)
      function onKeyDown(event: KeyboardEvent) {
        if (event.key !== 'Enter' && event.key !== ' ') return
        event.preventDefault()
        activateRef.current()
      }
      element.addEventListener('keydown', onKeyDown)
      return function undecorate() {
        element.removeEventListener('keydown', onKeyDown)
        for (const [name] of names) element.removeAttribute(name)
      }
    },
    [serialised, icon],
  )
  // One handlers object for the marker's life: react-leaflet rebinds its listeners whenever
  // it gets a new one, which was on every render that showed or hid the marker.
  const handlers = useMemo(() => ({ click: () => activateRef.current() }), [])
  return { ref, handlers }
}

/**
 * A marker's position, kept by reference while it stays: react-leaflet moves the marker for
 * every new array it is given.
 */
function useLatLng(lat: number, lon: number): [number, number] {
  return useMemo(() => [lat, lon], [lat, lon])
}

function zoomInto(map: LeafletMap, bounds: ClusterMarker['bounds']) {
  const [[south, west], [north, east]] = bounds
  if (north - south < 1e-6 && east - west < 1e-6) {
    map.setView([south, west], MARKER_RULES.maxClusterZoom)
    return
  }
  map.fitBounds(bounds as unknown as LatLngBoundsExpression, {
    padding: [40, 40],
    maxZoom: MARKER_RULES.maxClusterZoom,
  })
}
