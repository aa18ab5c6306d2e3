import { z } from 'zod'

const position = z.tuple([z.number(), z.number()]).rest(z.number())
const ring = z.array(position).min(4)

/** A region boundary: Polygon or MultiPolygon with its ISO code and names. */
export const boundaryFeatureSchema = z.object({
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
