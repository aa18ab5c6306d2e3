import { z } from 'zod'

import { type DatasetKind, SCHEMA_VERSION } from './values'
import { enterpriseSchema, eventSchema, parkSchema, visitSchema } from './records'
import {
  industrySchema,
  municipalitySchema,
  regionSchema,
  sourceSchema,
} from './reference'

/** The schema of one record of each dataset file. */
export const recordSchemas = {
  enterprises: enterpriseSchema,
  parks: parkSchema,
  visits: visitSchema,
  events: eventSchema,
  regions: regionSchema,
  municipalities: municipalitySchema,
  industries: industrySchema,
  sources: sourceSchema,
} as const satisfies Record<DatasetKind, z.ZodType>

export type RecordOf<K extends DatasetKind> = z.infer<(typeof recordSchemas)[K]>

export type Datasets = { [K in DatasetKind]: RecordOf<K>[] }

/**
 * The envelope of every dataset file: `{ "schemaVersion": 1, "records": [...] }`. The records
 * are only asked to be an array: each is checked on its own later, and `z.array` would walk
 * and copy them all (60 ms in one task for a file of 200,000).
 */
export const datasetEnvelopeSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  records: z.custom<unknown[]>((value) => Array.isArray(value)),
})

/** The whole file with typed records; used to generate the JSON Schema files. */
export function datasetFileSchema<K extends DatasetKind>(kind: K) {
  return z.strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    records: z.array(recordSchemas[kind]),
  })
}
