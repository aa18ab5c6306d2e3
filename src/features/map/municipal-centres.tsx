import { useState } from 'react'
import { CircleMarker, Pane, Tooltip, useMapEvents } from 'react-leaflet'

import type { Municipality } from '@/domain/schema/reference'

import { localized } from '@/shared/format/format'
import { useDrawnLater } from '@/shared/tasks/use-drawn-later'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'

/** Zoom from which every municipal centre is labelled; the capital always is. */
const LABEL_ZOOM = 8

/**
 * The centres and their labels lie in their own pane under the markers (Leaflet's markers are
 * at 600, tooltips at 650, boundaries and flows at 400): a label never covers an enterprise
 * or a park, which draw over it, and being non-interactive it never takes their clicks.
 */
const CENTRES_PANE = { name: 'centre-labels', zIndex: '450' }

const NO_MUNICIPALITIES: readonly Municipality[] = []

/** Centres of the municipal formations as labelled points, the oblast capital stressed. */
export function MunicipalCentres() {
  // New centres are drawn two tasks after they arrive, after the boundaries and the markers.
  const latest = useAppStore(selectDatasets).municipalities
  const municipalities = useDrawnLater(latest, latest, 2) ?? NO_MUNICIPALITIES
  const locale = useAppStore((s) => s.language)
  const [zoom, setZoom] = useState<number | null>(null)
  const map = useMapEvents({ zoomend: () => setZoom(map.getZoom()) })
  const currentZoom = zoom ?? map.getZoom()
  const seen = new Set<string>()
  return (
    <Pane name={CENTRES_PANE.name} style={{ zIndex: CENTRES_PANE.zIndex }}>
      {municipalities.map((m) => {
        // The Smolensk okrug's centre is the city itself: draw each centre once.
        const key = `${m.centre.lat},${m.centre.lon}`
        if (seen.has(key)) return null
        seen.add(key)
        const capital = municipalities.some(
          (other) =>
            other.isRegionalCapital === true &&
            other.centre.lat === m.centre.lat &&
            other.centre.lon === m.centre.lon,
        )
        return (
          <CircleMarker
            key={m.id}
            center={[m.centre.lat, m.centre.lon]}
            radius={capital ? 6 : 3.5}
            interactive={false}
            pathOptions={{
              color: '#1b1f24',
              weight: capital ? 2 : 1,
              fillColor: capital ? '#1b1f24' : '#ffffff',
              fillOpacity: 1,
            }}
          >
            {(capital || currentZoom >= LABEL_ZOOM) && (
              <Tooltip
                permanent
                interactive={false}
                direction="right"
                offset={[6, 0]}
                className={
                  capital ? 'centre-label centre-label--capital' : 'centre-label'
                }
              >
                {localized(m.centre.name, locale)}
              </Tooltip>
            )}
          </CircleMarker>
        )
      })}
    </Pane>
  )
}
