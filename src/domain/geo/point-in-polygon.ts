import type { BoundaryFeature } from '../schema/geo'

type Ring = readonly (readonly number[])[]

/**
 * True when the point lies inside the ring (GeoJSON `[lon, lat]` positions), by ray casting.
 * A point exactly on an edge may fall either way.
 */
function inRing(lat: number, lon: number, ring: Ring): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? []
    const [xj = 0, yj = 0] = ring[j] ?? []
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi)
      inside = !inside
  }
  return inside
}

/** Inside the outer ring and outside every hole of one GeoJSON polygon. */
function inPolygon(lat: number, lon: number, rings: readonly Ring[]): boolean {
  const [outer, ...holes] = rings
  return (
    outer !== undefined &&
    inRing(lat, lon, outer) &&
    !holes.some((hole) => inRing(lat, lon, hole))
  )
}

/** True when a point (degrees) lies inside a region boundary (Polygon or MultiPolygon). */
export function boundaryContains(
  geometry: BoundaryFeature['geometry'],
  lat: number,
  lon: number,
): boolean {
  return geometry.type === 'Polygon'
    ? inPolygon(lat, lon, geometry.coordinates)
    : geometry.coordinates.some((polygon) => inPolygon(lat, lon, polygon))
}
