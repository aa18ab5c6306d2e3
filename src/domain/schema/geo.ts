import { z } from 'zod'

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

export type BoundaryFeature = z.infer<typeof boundaryFeatureSchema>
export type BoundaryCollection = z.infer<typeof boundaryCollectionSchema>
export type BoundaryLayer = 'home' | 'neighbours' | 'partners'
