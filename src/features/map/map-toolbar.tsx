import type { Map as LeafletMap } from 'leaflet'
import { useTranslation } from 'react-i18next'

import { useAppStore } from '@/store/app-store'
import type { MapLayer } from '@/store/view-slice'

import type { LatLon } from './flow-geometry'
import { HOME_PADDING } from './map-bounds'

const LAYERS: readonly MapLayer[] = [
  'enterprises',
  'parks',
  'municipal',
  'visits',
  'centres',
]

interface MapToolbarProps {
  map: LeafletMap | null
  home: [LatLon, LatLon] | null
  partners: [LatLon, LatLon] | null
}

/** Layer switches and the "whole region" / "all partners" view buttons. */
export function MapToolbar({ map, home, partners }: MapToolbarProps) {
  const { t } = useTranslation()
  const layers = useAppStore((s) => s.layers)
  const toggleLayer = useAppStore((s) => s.toggleLayer)
  return (
    <div className="map-toolbar">
      <fieldset className="map-toolbar__layers">
        <legend className="visually-hidden">{t('map.layers')}</legend>
        {LAYERS.map((layer) => (
          <label key={layer} className="check">
            <input
              type="checkbox"
              checked={layers[layer]}
              onChange={() => toggleLayer(layer)}
              data-testid={`layer-${layer}`}
            />
            {t(`map.layer.${layer}`)}
          </label>
        ))}
      </fieldset>
      <div className="map-toolbar__views">
        <button
          type="button"
          className="button"
          disabled={!map || !home}
          onClick={() => home && map?.fitBounds(home, HOME_PADDING)}
        >
          {t('map.fitRegion')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!map || !partners}
          onClick={() => partners && map?.fitBounds(partners, { padding: [24, 24] })}
        >
          {t('map.fitPartners')}
        </button>
      </div>
    </div>
  )
}
