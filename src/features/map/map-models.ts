import type { Place } from '@/domain/derive/places'

import type { PointIndex } from '@/domain/geo/point-index'
import { projectX, projectY, unprojectX, unprojectY } from '@/domain/geo/projection'

export interface View {
  west: number
  south: number
  east: number
  north: number
  zoom: number
}

/** One record drawn on its own; `offset` fans out records that would cover each other. */
export interface SingleMarker {
  kind: 'single'
  key: string
  place: Place
  lat: number
  lon: number
  offset: readonly [number, number]
  /**
   * Filtered out, but kept where it is laid out (see `fixedLayout`): a filter change then
   * neither moves the other markers nor makes the map remake its elements.
   */
  hidden: boolean
}

/** Several records drawn as one bubble with their industry mix. */
export interface ClusterMarker {
  kind: 'cluster'
  key: string
  lat: number
  lon: number
  count: number
  /** Records per first industry, largest first. */
  mix: { industry: string; count: number }[]
  /** South-west and north-east corners of the members, to zoom into. */
  bounds: readonly [[number, number], [number, number]]
}

export type MarkerModel = SingleMarker | ClusterMarker

export const MARKER_RULES = {
  /** At most this many records in view are drawn one by one (fanned out where they overlap). */
  spreadLimit: 400,
  /** From this zoom on nothing is clustered. */
  maxClusterZoom: 14,
  /** Cell size of the clustering grid, in screen pixels. */
  clusterCell: 64,
  /** Records closer than this many pixels are fanned out. */
  overlapCell: 20,
  /** Least distance between the centres of two drawn records, in pixels (24 px targets, WCAG 2.5.8). */
  spacing: 28,
}

/** Screen radius of a drawn marker: records are 26 px icons, clusters grow with their count. */
function markerRadius(marker: MarkerModel): number {
  if (marker.kind === 'single') return 13
  const { count } = marker
  return (count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 46 : 54) / 2
}

interface Bucket {
  members: number[]
  sumX: number
  sumY: number
  minX: number
  minY: number
  maxX: number
  maxY: number
}

/**
 * The markers for one view: every record on its own when few are in view (overlapping ones
 * fanned out in a ring so none hides another), otherwise grid clusters that keep their count
 * and industry mix. One pass over the typed arrays; cost grows with records, not with zoom.
 */
export function buildMarkers(
  index: PointIndex,
  view: View,
  /** `1` at the `Place.index` of every place to draw; every place when absent. */
  shown?: Uint8Array,
  rules = MARKER_RULES,
): MarkerModel[] {
  const inView = pointsInView(index, view, shown)
  return layOut(index, inView, view, rules)
}

/**
 * The layout of every record in view, shown or not, when few enough are in view to be drawn
 * one by one; `null` when they are clustered (clusters count only what the filters show, so
 * their layout follows the filters: use `buildMarkers` with the mask). With `maskMarkers`, a
 * filter change only hides and shows markers where they stand.
 */
export function fixedLayout(
  index: PointIndex,
  view: View,
  rules = MARKER_RULES,
): SingleMarker[] | null {
  const inView = pointsInView(index, view)
  if (inView.length > rules.spreadLimit) return null
  return layOut(index, inView, view, rules) as SingleMarker[]
}

/** A fixed layout with the places the mask leaves out hidden. */
export function maskMarkers(
  layout: readonly SingleMarker[],
  shown: Uint8Array,
): SingleMarker[] {
  return layout.map((marker) => {
    const hidden = shown[marker.place.index] !== 1
    return hidden === marker.hidden ? marker : { ...marker, hidden }
  })
}

function pointsInView(index: PointIndex, view: View, shown?: Uint8Array): number[] {
  const left = projectX(view.west)
  const right = projectX(view.east)
  const top = projectY(view.north)
  const bottom = projectY(view.south)
  const inView: number[] = []
  for (let i = 0; i < index.x.length; i++) {
    if (shown && shown[index.slot[i] ?? 0] !== 1) continue
    const x = index.x[i] ?? 0
    const y = index.y[i] ?? 0
    if (x >= left && x <= right && y >= top && y <= bottom) inView.push(i)
  }
  return inView
}

function layOut(
  index: PointIndex,
  inView: readonly number[],
  view: View,
  rules: typeof MARKER_RULES,
): MarkerModel[] {
  const scale = 2 ** view.zoom
  const spread = inView.length <= rules.spreadLimit || view.zoom >= rules.maxClusterZoom
  const cell = (spread ? rules.overlapCell : rules.clusterCell) / scale
  // Numeric cell keys: a string per record was a tenth of a filter change at 100,000 records.
  // World cells (zoom-0 pixels are below 256, cells at least 64 / 2^18 of one) number below
  // 2^21 per axis, so the key is exact.
  const buckets = new Map<number, Bucket>()
  for (const i of inView) {
    const x = index.x[i] ?? 0
    const y = index.y[i] ?? 0
    const key = Math.floor(x / cell) * 2 ** 26 + Math.floor(y / cell)
    let bucket = buckets.get(key)
    if (!bucket) {
      bucket = { members: [], sumX: 0, sumY: 0, minX: x, minY: y, maxX: x, maxY: y }
      buckets.set(key, bucket)
    }
    bucket.members.push(i)
    bucket.sumX += x
    bucket.sumY += y
    bucket.minX = Math.min(bucket.minX, x)
    bucket.minY = Math.min(bucket.minY, y)
    bucket.maxX = Math.max(bucket.maxX, x)
    bucket.maxY = Math.max(bucket.maxY, y)
  }
  const markers: MarkerModel[] = []
  for (const bucket of buckets.values()) {
    if (spread || bucket.members.length === 1)
      markers.push(...fanOut(index, bucket, rules.spacing))
    else markers.push(toCluster(index, clusterKey(bucket, cell), bucket))
  }
  return separate(markers, scale, rules.spacing)
}

/**
 * Nudges markers apart until none overlaps another, so every record stays visible and is a
 * whole 24 px target (WCAG 2.5.8). A few rounds of pairwise pushes suffice for the few
 * hundred markers a view holds.
 */
function separate(markers: MarkerModel[], scale: number, spacing: number): MarkerModel[] {
  const n = markers.length
  if (n < 2 || n > 2 * MARKER_RULES.spreadLimit) return markers
  const px = new Float64Array(n)
  const py = new Float64Array(n)
  const r = new Float64Array(n)
  markers.forEach((m, i) => {
    const [dx, dy] = m.kind === 'single' ? m.offset : [0, 0]
    px[i] = projectX(m.lon) * scale + dx
    py[i] = projectY(m.lat) * scale + dy
    r[i] = markerRadius(m)
  })
  const gap = spacing - 26
  for (let round = 0; round < 40; round++) {
    let moved = false
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = (px[j] ?? 0) - (px[i] ?? 0)
        let dy = (py[j] ?? 0) - (py[i] ?? 0)
        // Icons are square boxes: they are clear of each other when the larger of the two
        // axis distances reaches the sum of the half-sizes (and the gap). Most pairs are, and
        // are passed over without a square root.
        const clear = (r[i] ?? 0) + (r[j] ?? 0) + gap
        if (Math.abs(dx) >= clear || Math.abs(dy) >= clear) continue
        let d = Math.sqrt(dx * dx + dy * dy)
        if (d < 1e-6) {
          // Same point: push apart along a unit vector whose direction differs per pair.
          ;[dx, dy, d] = [Math.cos(i * 7 + j), Math.sin(i * 7 + j), 1]
        }
        // The distance along this direction at which the boxes are clear.
        const need = (clear * d) / Math.max(Math.abs(dx), Math.abs(dy))
        if (d >= need) continue
        const push = (need - d) / 2 + 0.5
        px[i] = (px[i] ?? 0) - (dx / d) * push
        py[i] = (py[i] ?? 0) - (dy / d) * push
        px[j] = (px[j] ?? 0) + (dx / d) * push
        py[j] = (py[j] ?? 0) + (dy / d) * push
        moved = true
      }
    }
    if (!moved) break
  }
  return markers.map((m, i): MarkerModel => {
    if (m.kind === 'cluster') {
      return {
        ...m,
        lat: unprojectY((py[i] ?? 0) / scale),
        lon: unprojectX((px[i] ?? 0) / scale),
      }
    }
    return {
      ...m,
      offset: [
        Math.round((px[i] ?? 0) - projectX(m.lon) * scale),
        Math.round((py[i] ?? 0) - projectY(m.lat) * scale),
      ],
    }
  })
}

function fanOut(index: PointIndex, bucket: Bucket, step: number): SingleMarker[] {
  const n = bucket.members.length
  const cx = bucket.sumX / n
  const cy = bucket.sumY / n
  // Neighbours on the ring stay `step` apart: chord 2r·sin(π/n) ≥ step.
  const radius = n === 1 ? 0 : Math.max(step, step / (2 * Math.sin(Math.PI / n)))
  return bucket.members.map((i, k) => {
    const place = index.places[i] as Place
    const angle = -Math.PI / 2 + (2 * Math.PI * k) / n
    return {
      kind: 'single',
      key: place.record.id,
      place,
      lat: n === 1 ? (place.record.location.lat ?? 0) : unprojectY(cy),
      lon: n === 1 ? (place.record.location.lon ?? 0) : unprojectX(cx),
      offset:
        n === 1
          ? [0, 0]
          : [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))],
      hidden: false,
    }
  })
}

/**
 * A cluster's key: its grid cell in world coordinates (every member lies in it), so it stays
 * the same while the view pans and React keeps the marker and Leaflet its element.
 */
function clusterKey(bucket: Bucket, cell: number): string {
  return `${Math.floor(bucket.minX / cell)}:${Math.floor(bucket.minY / cell)}`
}

function toCluster(index: PointIndex, key: string, bucket: Bucket): ClusterMarker {
  const n = bucket.members.length
  const counts = new Uint32Array(index.industries.length)
  for (const i of bucket.members) {
    const code = index.industry[i] ?? 0
    counts[code] = (counts[code] ?? 0) + 1
  }
  const mix = new Map<string, number>()
  counts.forEach((count, code) => {
    if (count > 0) mix.set(index.industries[code] ?? '', count)
  })
  return {
    kind: 'cluster',
    key: `cluster:${key}`,
    lat: unprojectY(bucket.sumY / n),
    lon: unprojectX(bucket.sumX / n),
    count: n,
    mix: [...mix]
      .map(([industry, count]) => ({ industry, count }))
      .sort((a, b) => b.count - a.count),
    bounds: [
      [unprojectY(bucket.maxY), unprojectX(bucket.minX)],
      [unprojectY(bucket.minY), unprojectX(bucket.maxX)],
    ],
  }
}
