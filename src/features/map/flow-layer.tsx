import type {
  CircleMarker as LeafletCircleMarker,
  Marker as LeafletMarker,
  Polyline as LeafletPolyline,
} from 'leaflet'
import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { CircleMarker, Marker, Polyline, Tooltip } from 'react-leaflet'

import { formatDate, localized } from '@/shared/format/format'
import { useDrawnLater } from '@/shared/tasks/use-drawn-later'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'
import { selectRevealedVisits } from '@/store/selectors'

import {
  type Flow,
  curveMiddle,
  curvePoints,
  endBearing,
  flowWeight,
  toFlows,
} from './flow-geometry'
import { arrowIcon, flowCountIcon } from './marker-icons'

const FLOW_COLOUR = '#7a2e8e'

/** A tooltip names this many visits; the rest are counted (the feed lists them all). */
const TOOLTIP_VISITS = 5

const NO_FLOWS: readonly Flow[] = []

/** Interregional visits as curved arrows from the guests' capital to the hosts' capital. */
export function FlowLayer() {
  const datasets = useAppStore(selectDatasets)
  const visits = useAppStore(selectRevealedVisits)
  const latest = useMemo(
    () => toFlows(visits, datasets.regions),
    [visits, datasets.regions],
  )
  // New data is drawn two tasks after it arrives, after the boundaries and the markers; a
  // filter change at once.
  const flows = useDrawnLater(datasets, latest, 2) ?? NO_FLOWS
  return (
    <>
      {flows.map((flow) => (
        <FlowLine key={flow.key} flow={flow} />
      ))}
    </>
  )
}

function FlowLine({ flow }: { flow: Flow }) {
  const { t } = useTranslation()
  const locale = useAppStore((s) => s.language)
  const points = useMemo(
    () =>
      curvePoints(
        [flow.from.capital.lat, flow.from.capital.lon],
        [flow.to.capital.lat, flow.to.capital.lon],
      ),
    [flow],
  )
  const arrowAt = points[points.length - 2] ?? points[points.length - 1]
  const icon = useMemo(() => arrowIcon(endBearing(points), FLOW_COLOUR), [points])
  const title = `${localized(flow.from.name, locale)} → ${localized(flow.to.name, locale)}`
  const count = flow.visits.length
  const countAt = curveMiddle(points)
  const countIcon = useMemo(() => flowCountIcon(count), [count])
  const countName = t('mapcharts.flowTitle', {
    from: localized(flow.from.name, locale),
    to: localized(flow.to.name, locale),
    count,
  })
  const lineRef = useRef<LeafletPolyline>(null)
  const capitalRef = useRef<LeafletCircleMarker>(null)
  const countRef = useRef<LeafletMarker>(null)
  useEffect(function keepOutOfTabOrder() {
    // Chromium makes Leaflet's interactive SVG paths focusable; they carry nothing a keyboard
    // user lacks (visits are listed in the timeline feed and the charts' tables), so they
    // stay out of the tab order instead of adding nameless stops.
    for (const element of [
      lineRef.current?.getElement(),
      capitalRef.current?.getElement(),
    ]) {
      element?.setAttribute('tabindex', '-1')
      element?.setAttribute('aria-hidden', 'true')
    }
    // The count is read out with what it counts («Челябинская область → …: 3 визита»).
    const label = countRef.current?.getElement()
    label?.setAttribute('role', 'img')
    label?.setAttribute('aria-label', countName)
  })
  const details = (
    <Tooltip sticky direction="auto" className="map-tooltip">
      <strong className="map-tooltip__name">{title}</strong>
      <span className="map-tooltip__line">
        {t('map.visits', { count: flow.visits.length })}
      </span>
      {flow.visits.slice(0, TOOLTIP_VISITS).map((visit) => (
        <span key={visit.id} className="map-tooltip__line">
          {formatDate(visit.date, visit.datePrecision, locale)}:{' '}
          {localized(visit.title, locale)}
        </span>
      ))}
      {flow.visits.length > TOOLTIP_VISITS && (
        <span className="map-tooltip__line">
          {t('map.moreVisits', { count: flow.visits.length - TOOLTIP_VISITS })}
        </span>
      )}
    </Tooltip>
  )
  return (
    <>
      <Polyline
        ref={lineRef}
        positions={points}
        className={`flow-line flow-${flow.from.id}-${flow.to.id}`}
        pathOptions={{
          color: FLOW_COLOUR,
          weight: flowWeight(flow.visits.length),
          opacity: 0.85,
          lineCap: 'round',
        }}
      >
        {details}
      </Polyline>
      <CircleMarker
        ref={capitalRef}
        center={[flow.from.capital.lat, flow.from.capital.lon]}
        radius={5}
        pathOptions={{
          color: FLOW_COLOUR,
          fillColor: '#ffffff',
          fillOpacity: 1,
          weight: 2.5,
        }}
      >
        <Tooltip direction="bottom" className="map-tooltip">
          {localized(flow.from.capital.name, locale)}
        </Tooltip>
      </CircleMarker>
      {countAt && (
        <Marker
          ref={countRef}
          position={countAt}
          icon={countIcon}
          interactive={false}
          keyboard={false}
        />
      )}
      {arrowAt && (
        <Marker position={arrowAt} icon={icon} interactive={false} keyboard={false} />
      )}
    </>
  )
}
