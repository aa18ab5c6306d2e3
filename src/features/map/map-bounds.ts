import type { Map as LeafletMap } from 'leaflet'

import type { MapView } from '@/domain/filters/filters-url'
import type { BoundaryCollection } from '@/domain/schema/geo'
import type { Municipality, Region } from '@/domain/schema/reference'
import type { Visit } from '@/domain/schema/records'

import { type LatLon, boundsOf } from './flow-geometry'

/** Every vertex of a boundary collection. */
function verticesOf(collection: BoundaryCollection): LatLon[] {
  const out: LatLon[] = []
  for (const feature of collection.features) {
    const polygons =
      feature.geometry.type === 'Polygon'
        ? [feature.geometry.coordinates]
        : feature.geometry.coordinates
    for (const polygon of polygons) {
      for (const [lon, lat] of polygon[0] ?? []) out.push([lat, lon])
    }
  }
  return out
}

/** The home region: its boundary if loaded, otherwise its municipal centres. */
export function homeBounds(
  home: BoundaryCollection | undefined,
  municipalities: readonly Municipality[],
): [LatLon, LatLon] | null {
  if (home && home.features.length > 0) return boundsOf(verticesOf(home))
  return boundsOf(municipalities.map((m) => [m.centre.lat, m.centre.lon]))
}

/** The home region together with every region a visit names. */
export function partnerBounds(
  visits: readonly Visit[],
  regions: readonly Region[],
  home: [LatLon, LatLon] | null,
): [LatLon, LatLon] | null {
  const named = new Set(visits.flatMap((v) => [v.fromRegion, v.toRegion]))
  const capitals = regions
    .filter((r) => named.has(r.id))
    .map((r): LatLon => [r.capital.lat, r.capital.lon])
  return boundsOf([...capitals, ...(home ?? [])])
}

/**
 * What the map shows when the partner-region filter picks `ids`: the capitals of those regions
 * together with the home region. `null` when none of the ids is a known region.
 */
export function regionFilterBounds(
  ids: readonly string[],
  regions: readonly Region[],
  home: [LatLon, LatLon] | null,
): [LatLon, LatLon] | null {
  const picked = new Set(ids)
  const capitals = regions
    .filter((r) => picked.has(r.id))
    .map((r): LatLon => [r.capital.lat, r.capital.lon])
  if (capitals.length === 0) return null
  return boundsOf([...capitals, ...(home ?? [])])
}

/** Room around the home region when the map fits it: the layer switches lie over the top. */
export const HOME_PADDING = {
  paddingTopLeft: [16, 44] as [number, number],
  paddingBottomRight: [16, 16] as [number, number],
}

/** Rounded as the link writes it; `|| 0` turns a `-0` into `0`. */
const round = (value: number, digits: number) => Number(value.toFixed(digits)) || 0
const clamp = (value: number, low: number, high: number) =>
  Math.min(high, Math.max(low, Number.isFinite(value) ? value : low))

/**
 * A view the link can carry and its decoder accepts, exactly as written: the latitude clamped
 * to ±85°, the longitude wrapped into ±180° (Leaflet reports 200° after panning round the
 * world), the zoom clamped to 1–18 in half steps, the degrees to four decimals.
 */
export function writableView({ lat, lon, zoom }: MapView): MapView {
  const wrapped = Number.isFinite(lon) ? ((((lon + 180) % 360) + 360) % 360) - 180 : 0
  return {
    lat: round(clamp(lat, -85, 85), 4),
    lon: round(wrapped, 4),
    zoom: Math.round(clamp(zoom, 1, 18) * 2) / 2,
  }
}

/** The map's centre and zoom as the link writes them. */
export function viewOf(map: LeafletMap): MapView {
  const center = map.getCenter()
  return writableView({ lat: center.lat, lon: center.lng, zoom: map.getZoom() })
}
