import { distanceKm } from '../geo/distance'
import type { BoundaryCollection } from '../schema/geo'
import type { Municipality } from '../schema/reference'
import { HOME_NEAREST_CENTRE_KM } from './limits'

/** The home region's outline: polygons of rings of `[lon, lat]`, as in GeoJSON. */
export type HomeArea = readonly (readonly (readonly (readonly [number, number])[])[])[]

/** Even-odd ray casting over every ring of every polygon (holes included). */
function inArea(area: HomeArea, lat: number, lon: number): boolean {
  let inside = false
  for (const polygon of area)
    for (const ring of polygon)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as readonly [number, number]
        const [xj, yj] = ring[j] as readonly [number, number]
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi)
          inside = !inside
      }
  return inside
}

/**
 * Whether a point lies in the home region: inside its outline when the UI passes one, else
 * within {@link HOME_NEAREST_CENTRE_KM} of a municipality centre (a coarse stand-in).
 */
export function homeRegionTest(
  municipalities: readonly Municipality[],
  area?: HomeArea,
): (lat: number, lon: number) => boolean {
  if (area && area.length > 0) return (lat, lon) => inArea(area, lat, lon)
  return (lat, lon) =>
    municipalities.some(
      (m) => distanceKm(lat, lon, m.centre.lat, m.centre.lon) <= HOME_NEAREST_CENTRE_KM,
    )
}

/**
 * The home region's outline from the boundaries the map loads: the feature whose id is the
 * home region (else those marked `home`). Undefined when no such outline is loaded, so the
 * import falls back to the municipality centres.
 */
export function homeAreaOf(
  collection: BoundaryCollection | undefined,
  homeRegion: string,
): HomeArea | undefined {
  if (!collection) return undefined
  const byId = collection.features.filter((f) => f.properties.id === homeRegion)
  const features =
    byId.length > 0
      ? byId
      : collection.features.filter((f) => f.properties.role === 'home')
  const area = features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  )
  if (area.length === 0) return undefined
  return area.map((polygon) =>
    polygon.map((ring) => ring.map(([lon = 0, lat = 0]) => [lon, lat] as const)),
  )
}
