import { z } from 'zod'

import { distanceKm } from '../geo/distance'
import { formatPath } from '../load/issues'
import { latitudeSchema, longitudeSchema } from './common'

/** GeoJSON order: longitude, latitude (and any further numbers). */
const position = z.tuple([longitudeSchema, latitudeSchema]).rest(z.number())
/** A closed linear ring: at least four positions, the last repeating the first. */
const ring = z
  .array(position)
  .min(4)
  .refine(
    (points) => {
      const [first, last] = [points[0], points[points.length - 1]]
      return first?.[0] === last?.[0] && first?.[1] === last?.[1]
    },
    { error: 'Контур не замкнут: последняя точка должна повторять первую' },
  )

/** A region boundary: Polygon or MultiPolygon with its ISO code and names. */
const boundaryFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    id: z.string(),
    name_ru: z.string(),
    name_en: z.string().optional(),
    role: z.enum(['home', 'neighbour', 'partner']),
  }),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
    z.object({
      type: z.literal('MultiPolygon'),
      coordinates: z.array(z.array(ring).min(1)).min(1),
    }),
  ]),
})

export const boundaryCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(boundaryFeatureSchema),
})

/** A boundary file as a whole: its features are checked one by one. */
const boundaryFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
})

export type BoundaryFeature = z.infer<typeof boundaryFeatureSchema>
export type BoundaryCollection = z.infer<typeof boundaryCollectionSchema>
export type BoundaryLayer = 'home' | 'neighbours' | 'partners'

/** A feature of a boundary file that is not drawn, located by file and feature. */
export interface BoundaryIssue {
  file: string
  /** Zero-based position of the feature in the file's `features`. */
  index: number
  /** The feature's `properties.id`, when it has one. */
  id?: string
  /** Dotted path inside the feature, e.g. `geometry.coordinates[0][2][1]`; empty for all of it. */
  path: string
  code: 'invalid-record' | 'far-outside-region'
  message: { ru: string; en: string }
}

export type BoundaryRead =
  | {
      ok: true
      collection: BoundaryCollection
      /** Where each drawn feature stands in the file's `features`. */
      positions: number[]
      issues: BoundaryIssue[]
    }
  | { ok: false; message: string }

function nameOf(raw: unknown, index: number): { id?: string; name: string } {
  const props = (raw as { properties?: { id?: unknown; name_ru?: unknown } } | null)
    ?.properties
  const id = typeof props?.id === 'string' ? props.id : undefined
  const name =
    typeof props?.name_ru === 'string' ? props.name_ru : (id ?? `№ ${index + 1}`)
  return { id, name: name.slice(0, 80) }
}

/**
 * Reads a boundary file feature by feature: a feature with bad coordinates (not finite, out of
 * range, an open ring) or properties is left out as an issue; the others are drawn.
 */
export function readBoundaryFile(file: string, value: unknown): BoundaryRead {
  const whole = boundaryFileSchema.safeParse(value)
  if (!whole.success)
    return {
      ok: false,
      message: `Файл границ не является коллекцией объектов GeoJSON: ${whole.error.issues[0]?.message ?? ''}`,
    }
  const features: BoundaryFeature[] = []
  const positions: number[] = []
  const issues: BoundaryIssue[] = []
  whole.data.features.forEach((raw, index) => {
    const parsed = boundaryFeatureSchema.safeParse(raw)
    if (parsed.success) {
      features.push(parsed.data)
      positions.push(index)
      return
    }
    const first = parsed.error.issues[0]
    const path = formatPath(first?.path ?? [])
    const { id, name } = nameOf(raw, index)
    issues.push({
      file,
      index,
      id,
      path,
      code: 'invalid-record',
      message: {
        ru: `Контур «${name}» не нарисован: ${first?.message ?? 'неверный объект'}`,
        en: `Outline “${name}” is not drawn: invalid coordinates or properties${path ? ` at ${path}` : ''}`,
      },
    })
  })
  return {
    ok: true,
    collection: { type: 'FeatureCollection', features },
    positions,
    issues,
  }
}

/** A feature whose box lies farther than this from its region's capital is taken as a mistake. */
const BOUNDARY_FAR_KM = 300

type Point = readonly [lat: number, lon: number]

/** The feature's box as south, west, north, east. */
function boxOf(feature: BoundaryFeature): [number, number, number, number] {
  const polygons =
    feature.geometry.type === 'Polygon'
      ? [feature.geometry.coordinates]
      : feature.geometry.coordinates
  let [s, w, n, e] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const polygon of polygons)
    for (const [lon, lat] of polygon[0] ?? []) {
      s = Math.min(s, lat)
      n = Math.max(n, lat)
      w = Math.min(w, lon)
      e = Math.max(e, lon)
    }
  return [s, w, n, e]
}

/** Kilometres from a point to the nearest point of a box (0 inside it). */
function kmToBox([lat, lon]: Point, [s, w, n, e]: [number, number, number, number]) {
  return distanceKm(
    lat,
    lon,
    Math.min(Math.max(lat, s), n),
    Math.min(Math.max(lon, w), e),
  )
}

/** What a boundary layer's features are checked against. */
export interface BoundaryAnchors {
  /** Capitals of the regions by id (`properties.id` of a feature names its region). */
  capitals: ReadonlyMap<string, { point: Point; name: string }>
  /** The home region's municipal centres, for home features without a known capital. */
  homeCentres: readonly Point[]
}

/**
 * Splits off the features that lie far outside the region they name (or, on the home layer,
 * far from every municipal centre): each becomes an issue and is not drawn.
 */
export function farBoundaries(
  file: string,
  collection: BoundaryCollection,
  home: boolean,
  anchors: BoundaryAnchors,
  positions: readonly number[] = [],
): { collection: BoundaryCollection; issues: BoundaryIssue[] } {
  const issues: BoundaryIssue[] = []
  const features = collection.features.filter((feature, at) => {
    const index = positions[at] ?? at
    const box = boxOf(feature)
    const capital = anchors.capitals.get(feature.properties.id)
    const points = capital ? [capital.point] : home ? anchors.homeCentres : []
    if (points.length === 0) return true
    const km = Math.min(...points.map((p) => kmToBox(p, box)))
    if (km <= BOUNDARY_FAR_KM) return true
    const name = feature.properties.name_ru
    const where = capital
      ? {
          ru: `от столицы региона «${capital.name}»`,
          en: `from the capital of “${capital.name}”`,
        }
      : { ru: 'от центров муниципальных образований', en: 'from the municipal centres' }
    issues.push({
      file,
      index,
      id: feature.properties.id,
      path: 'geometry',
      code: 'far-outside-region',
      message: {
        ru: `Контур «${name}» не нарисован: он лежит в ${Math.round(km)} км ${where.ru}`,
        en: `Outline “${name}” is not drawn: it lies ${Math.round(km)} km ${where.en}`,
      },
    })
    return false
  })
  return { collection: { ...collection, features }, issues }
}
