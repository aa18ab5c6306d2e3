import type { Region } from '@/domain/schema/reference'
import type { Visit } from '@/domain/schema/records'

import { projectX, projectY, unprojectX, unprojectY } from '@/domain/geo/projection'

/** All visits from one region to another, drawn as one curved line. */
export interface Flow {
  key: string
  from: Region
  to: Region
  visits: Visit[]
}

/** Groups visits by direction; visits naming an unknown region are left out (listed as issues). */
export function toFlows(visits: readonly Visit[], regions: readonly Region[]): Flow[] {
  const byId = new Map(regions.map((r) => [r.id, r]))
  const flows = new Map<string, Flow>()
  for (const visit of visits) {
    // A visit whose origin the sources do not give has no arrow.
    const from = visit.fromRegion === undefined ? undefined : byId.get(visit.fromRegion)
    const to = byId.get(visit.toRegion)
    if (!from || !to || from === to) continue
    const key = `${from.id}>${to.id}`
    const flow = flows.get(key) ?? { key, from, to, visits: [] }
    flow.visits.push(visit)
    flows.set(key, flow)
  }
  return [...flows.values()]
}

export type LatLon = [number, number]

/**
 * A quadratic curve from `from` to `to`, bent to the left of the direction of travel, so a
 * flow and its return trip never lie on top of each other. Computed in Web-Mercator space so
 * it looks the same at every zoom.
 */
export function curvePoints(
  from: LatLon,
  to: LatLon,
  bend = 0.18,
  segments = 40,
): LatLon[] {
  const [x0, y0] = [projectX(from[1]), projectY(from[0])]
  const [x2, y2] = [projectX(to[1]), projectY(to[0])]
  const [dx, dy] = [x2 - x0, y2 - y0]
  // Left of travel in screen space (y grows downwards): rotate the direction by -90°.
  const [cx, cy] = [(x0 + x2) / 2 + dy * bend, (y0 + y2) / 2 - dx * bend]
  const points: LatLon[] = []
  for (let s = 0; s <= segments; s++) {
    const t = s / segments
    const x = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t ** 2 * x2
    const y = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t ** 2 * y2
    points.push([unprojectY(y), unprojectX(x)])
  }
  return points
}

/**
 * Direction of travel at the end of a curve, in degrees clockwise from east on screen.
 * Mercator keeps angles, so this holds at every zoom.
 */
export function endBearing(points: readonly LatLon[]): number {
  const a = points[points.length - 2]
  const b = points[points.length - 1]
  if (!a || !b) return 0
  const dx = projectX(b[1]) - projectX(a[1])
  const dy = projectY(b[0]) - projectY(a[0])
  return (Math.atan2(dy, dx) * 180) / Math.PI
}

/** Line width for a flow of `count` visits: grows with the square root so one trip still shows. */
export function flowWeight(count: number): number {
  return Math.round((2 + 2.5 * Math.sqrt(count)) * 10) / 10
}

/** South-west and north-east corners around a set of points. */
export function boundsOf(points: readonly LatLon[]): [LatLon, LatLon] | null {
  if (points.length === 0) return null
  let [s, w, n, e] = [90, 180, -90, -180]
  for (const [lat, lon] of points) {
    s = Math.min(s, lat)
    n = Math.max(n, lat)
    w = Math.min(w, lon)
    e = Math.max(e, lon)
  }
  return [
    [s, w],
    [n, e],
  ]
}

/** Where a flow's visit count sits: the middle point of its curve, clear of both capitals. */
export function curveMiddle(points: readonly LatLon[]): LatLon | undefined {
  return points[Math.floor(points.length / 2)]
}
