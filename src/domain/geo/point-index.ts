import type { Place } from '../derive/places'
import { projectX, projectY } from './projection'

/**
 * Places with a position, projected once into typed arrays (zoom-0 Web-Mercator pixels), so a
 * view change walks numbers, not objects. Built once per dataset over every place; a filter
 * change only marks which are shown (see `placeMask`). Places without a position are kept aside.
 */
export interface PointIndex {
  places: Place[]
  x: Float64Array
  y: Float64Array
  /** `Place.index` of each point: where to read it in a mask of shown places. */
  slot: Uint32Array
  /** Code of each point's first industry, an index into `industries`. */
  industry: Uint16Array
  industries: string[]
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
  const slot = new Uint32Array(placed.length)
  const industry = new Uint16Array(placed.length)
  const codes = new Map<string, number>()
  placed.forEach((place, i) => {
    x[i] = projectX(place.record.location.lon ?? 0)
    y[i] = projectY(place.record.location.lat ?? 0)
    slot[i] = place.index
    const first = place.record.industries[0] ?? ''
    let code = codes.get(first)
    if (code === undefined) codes.set(first, (code = codes.size))
    industry[i] = code
  })
  return { places: placed, x, y, slot, industry, industries: [...codes.keys()], unplaced }
}
