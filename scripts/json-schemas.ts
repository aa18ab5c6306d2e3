import { DATASET_KINDS } from '../src/domain/schema/values'
import { z } from 'zod'

import { datasetFileSchema } from '../src/domain/schema/datasets'
import { manifestSchema } from '../src/domain/schema/manifest'
import { scenesFileSchema } from '../src/domain/schema/scene'

/** File name in `data/schema/` → JSON Schema, generated from the zod schemas the app uses. */
export function buildJsonSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {
    'manifest.schema.json': toJsonSchema(manifestSchema, 'Промкарта: manifest.json'),
    'scenes.schema.json': toJsonSchema(scenesFileSchema, 'Промкарта: scenes.json'),
  }
  for (const kind of DATASET_KINDS) {
    out[`${kind}.schema.json`] = toJsonSchema(
      datasetFileSchema(kind),
      `Промкарта: ${kind}.json`,
    )
  }
  return out
}

function toJsonSchema(schema: z.ZodType, title: string): unknown {
  // `input`: what a data editor writes; checks that JSON Schema cannot express (such as a date
  // that must match its precision) are still made by the app, and listed in data/README.md.
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })
  return { ...json, title }
}

/** Stable text of a schema file (two-space indent, final newline). */
export function schemaFileText(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`
}
