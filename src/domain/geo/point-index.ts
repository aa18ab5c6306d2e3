import type { Place } from '../derive/places'
import { projectX, projectY } from './projection'

/**
 * Places with a position, projected once into typed arrays (zoom-0 Web-Mercator pixels), so a
 * view change walks numbers, not objects. Places without a position are kept aside.
 */
export interface PointIndex {
  places: Place[]
  x: Float64Array
  y: Float64Array
  unplaced: Place[]
}

export function buildPointIndex(places: readonly Place[]): PointIndex {
  const placed: Place[] = []
  const unplaced: Place[] = []
  for (const place of places) {
    const { lat, lon, precision } = place.record.location
    if (precision === 'unknown' || lat === undefined || lon === undefined)
      unplaced.push(place)
    else placed.push(place)
  }
  const x = new Float64Array(placed.length)
  const y = new Float64Array(placed.length)
  placed.forEach((place, i) => {
    x[i] = projectX(place.record.location.lon ?? 0)
    y[i] = projectY(place.record.location.lat ?? 0)
  })
  return { places: placed, x, y, unplaced }
}
