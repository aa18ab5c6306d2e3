import { z } from 'zod'

import { isoDaySchema, localizedTextSchema, regionIdSchema } from './common'
import { SCHEMA_VERSION } from './values'

/** A file name relative to the data folder; no `..`, no scheme, no leading slash. */
const dataPathSchema = z
  .string()
  .regex(/^(?!.*\.\.)[A-Za-z0-9_-][A-Za-z0-9._/-]*\.(json|geojson)$/, {
    message: 'Относительный путь к файлу .json или .geojson внутри папки данных',
  })

export const manifestSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  updated: isoDaySchema,
  homeRegion: regionIdSchema,
  synthetic: z.boolean().optional(),
  files: z.strictObject({
    enterprises: dataPathSchema,
    parks: dataPathSchema,
    visits: dataPathSchema,
    events: dataPathSchema,
    regions: dataPathSchema,
    municipalities: dataPathSchema,
    industries: dataPathSchema,
    sources: dataPathSchema,
    scenes: dataPathSchema.optional(),
    geo: z
      .strictObject({
        home: dataPathSchema,
        neighbours: dataPathSchema.optional(),
        partners: dataPathSchema.optional(),
      })
      .optional(),
  }),
})

export type Manifest = z.infer<typeof manifestSchema>
