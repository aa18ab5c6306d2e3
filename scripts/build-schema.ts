import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

import { buildJsonSchemas, schemaFileText } from './json-schemas'
import { RECORD_CHECKS_FILE, buildRecordChecks } from './record-checks'

/**
 * Writes `data/schema/*.schema.json` and the compiled record checks from the zod schemas (run
 * after changing a schema).
 */
const root = join(import.meta.dirname, '..')
const dir = join(root, 'data', 'schema')
mkdirSync(dir, { recursive: true })
for (const [name, schema] of Object.entries(buildJsonSchemas())) {
  writeFileSync(join(dir, name), schemaFileText(schema))
  console.log(`data/schema/${name}`)
}
mkdirSync(dirname(join(root, RECORD_CHECKS_FILE)), { recursive: true })
writeFileSync(join(root, RECORD_CHECKS_FILE), buildRecordChecks())
console.log(RECORD_CHECKS_FILE)
