import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { buildJsonSchemas, schemaFileText } from './json-schemas'

/** Writes `data/schema/*.schema.json` from the zod schemas (run after changing a schema). */
const dir = join(import.meta.dirname, '..', 'data', 'schema')
mkdirSync(dir, { recursive: true })
for (const [name, schema] of Object.entries(buildJsonSchemas())) {
  writeFileSync(join(dir, name), schemaFileText(schema))
  console.log(`data/schema/${name}`)
}
