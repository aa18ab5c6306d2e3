import type { PathOptions } from 'leaflet'
import { GeoJSON } from 'react-leaflet'

import type { BoundaryLayer } from '@/domain/schema/geo'
import { useAppStore } from '@/store/app-store'

const STYLE: Record<BoundaryLayer, PathOptions> = {
  partners: { color: '#8d98a5', weight: 1, fillColor: '#eef1f4', fillOpacity: 1 },
  neighbours: { color: '#8d98a5', weight: 1, fillColor: '#e6eaee', fillOpacity: 1 },
  home: { color: '#0b5cad', weight: 2.5, fillColor: '#ffffff', fillOpacity: 1 },
}

const ORDER: readonly BoundaryLayer[] = ['partners', 'neighbours', 'home']

export const NATURAL_EARTH_ATTRIBUTION =
  'Границы: <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener noreferrer">Natural Earth</a>'

/** The offline basemap: the home region stressed, neighbours and partners quieter. */
export function BoundaryLayers() {
  const geo = useAppStore((s) => s.geo)
  if (geo.status !== 'ready') return null
  return (
    <>
      {ORDER.map((layer) => {
        const data = geo.layers[layer]
        if (!data) return null
        return (
          <GeoJSON
            key={layer}
            data={data}
            style={STYLE[layer]}
            interactive={false}
            attribution={layer === 'home' ? NATURAL_EARTH_ATTRIBUTION : undefined}
          />
        )
      })}
    </>
  )
}
