import type { PathOptions } from 'leaflet'
import { useTranslation } from 'react-i18next'
import { GeoJSON } from 'react-leaflet'

import type { BoundaryLayer } from '@/domain/schema/geo'
import { useDrawnLater } from '@/shared/tasks/use-drawn-later'
import { useAppStore } from '@/store/app-store'

const STYLE: Record<BoundaryLayer, PathOptions> = {
  partners: { color: '#8d98a5', weight: 1, fillColor: '#eef1f4', fillOpacity: 1 },
  neighbours: { color: '#8d98a5', weight: 1, fillColor: '#e6eaee', fillOpacity: 1 },
  home: { color: '#0b5cad', weight: 2.5, fillColor: '#ffffff', fillOpacity: 1 },
}

const ORDER: readonly BoundaryLayer[] = ['partners', 'neighbours', 'home']

/** Our own text (never data) in Leaflet's attribution, which takes HTML. */
function naturalEarthCredit(label: string): string {
  return `${label}: <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener noreferrer">Natural Earth</a>`
}

/** The offline basemap: the home region stressed, neighbours and partners quieter. */
export function BoundaryLayers() {
  const { t } = useTranslation()
  // Drawn in the task after the map is made (or the boundaries arrive), not in the same one.
  const latest = useAppStore((s) => s.geo)
  const geo = useDrawnLater(latest, latest, 1)
  const language = useAppStore((s) => s.language)
  if (geo?.status !== 'ready') return null
  return (
    <>
      {ORDER.map((layer) => {
        const data = geo.layers[layer]
        if (!data) return null
        return (
          <GeoJSON
            // Re-created on a language change so the attribution follows the language.
            key={`${layer}-${language}`}
            data={data}
            style={STYLE[layer]}
            interactive={false}
            attribution={
              layer === 'home' ? naturalEarthCredit(t('map.boundaries')) : undefined
            }
          />
        )
      })}
    </>
  )
}
