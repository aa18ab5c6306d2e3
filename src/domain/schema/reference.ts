import { z } from 'zod'

import {
  confidenceSchema,
  httpUrlSchema,
  idSchema,
  isoDateSchema,
  latitudeSchema,
  localizedTextSchema,
  longitudeSchema,
  nonBlankSchema,
  regionIdSchema,
  sourceIdsSchema,
} from './common'

/** A Russian or Belarusian region that some record names, with its capital. */
export const regionSchema = z.strictObject({
  id: regionIdSchema,
  name: localizedTextSchema,
  shortName: localizedTextSchema.optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { message: 'Код страны ISO 3166-1, например RU' }),
  role: z.enum(['home', 'neighbour', 'partner', 'other']),
  capital: z.strictObject({
    name: localizedTextSchema,
    lat: latitudeSchema,
    lon: longitudeSchema,
    precision: z.enum(['settlement', 'stand-in']),
    note: localizedTextSchema.optional(),
  }),
  confidence: confidenceSchema.optional(),
  sources: sourceIdsSchema,
})

/** A municipal formation of the home region, with its administrative centre. */
export const municipalitySchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  kind: z.enum(['municipal-okrug', 'urban-okrug']),
  centre: z.strictObject({
    name: localizedTextSchema,
    lat: latitudeSchema,
    lon: longitudeSchema,
  }),
  isRegionalCapital: z.boolean().optional(),
  notes: localizedTextSchema.optional(),
  confidence: confidenceSchema,
  sources: sourceIdsSchema,
})

/** One entry of the industry vocabulary; `colour` draws it on the map and in charts. */
export const industrySchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'Цвет в виде #RRGGBB' }),
})

/** An article or page that records cite. */
export const sourceSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  publisher: nonBlankSchema.optional(),
  date: isoDateSchema.optional(),
  url: httpUrlSchema,
  kind: z.enum(['seed-article', 'news', 'official', 'reference', 'dataset']),
  note: localizedTextSchema.optional(),
})

export type Region = z.infer<typeof regionSchema>
export type Municipality = z.infer<typeof municipalitySchema>
export type Industry = z.infer<typeof industrySchema>
export type Source = z.infer<typeof sourceSchema>
