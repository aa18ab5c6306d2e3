// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'

import { type ParsedDatasets, crossCheck } from '@/domain/load/cross-check'
import { parseDataset } from '@/domain/load/parse-dataset'
import { parseScenesValue } from '@/domain/scenes/scenes-file'
import { DATASET_KINDS, type DatasetKind } from '@/domain/schema/datasets'
import { manifestSchema } from '@/domain/schema/manifest'

import { buildJsonSchemas, schemaFileText } from '../../scripts/json-schemas'
import { RECORD_CHECKS_FILE, buildRecordChecks } from '../../scripts/record-checks'

const DATA = join(import.meta.dirname, '..', '..', 'data')
const read = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'))

const manifest = manifestSchema.parse(read('manifest.json'))

describe('the bundled dataset', () => {
  it('passes the app’s own validation and cross-checks with no issue at all', () => {
    const parsed: ParsedDatasets = {}
    const issues = []
    for (const kind of DATASET_KINDS) {
      const file = manifest.files[kind]
      const result = parseDataset(kind, file, read(file))
      if (!result.ok) throw new Error(`${file}: ${result.fault.message}`)
      issues.push(...result.dataset.issues)
      ;(parsed as Record<DatasetKind, unknown>)[kind] = result.dataset
    }
    const checked = crossCheck(parsed)
    expect([...issues, ...checked.issues]).toEqual([])
    for (const kind of DATASET_KINDS) {
      expect(checked.datasets[kind].length, kind).toBe(parsed[kind]?.total)
    }
  })

  it('passes the generated JSON Schema files', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats(ajv)
    const files: [string, string][] = [
      ['manifest.json', 'manifest.schema.json'],
      [manifest.files.scenes ?? 'scenes.json', 'scenes.schema.json'],
      ...DATASET_KINDS.map((kind): [string, string] => [
        manifest.files[kind],
        `${kind}.schema.json`,
      ]),
    ]
    for (const [dataFile, schemaFile] of files) {
      const validate = ajv.compile(read(`schema/${schemaFile}`) as object)
      const valid = validate(read(dataFile))
      expect(validate.errors ?? [], dataFile).toEqual([])
      expect(valid).toBe(true)
    }
  })

  it('ships presentation scenes that pass validation and name only records in the data', () => {
    const file = manifest.files.scenes
    expect(file).toBe('scenes.json')
    const parsed = parseScenesValue(read(file ?? ''))
    if (!parsed.ok) throw new Error(`${file}: ${parsed.details.join('; ')}`)
    expect(parsed.scenes.length).toBeGreaterThanOrEqual(3)
    expect(parsed.scenes.length).toBeLessThanOrEqual(5)
    const ids = (kind: DatasetKind) =>
      new Set(
        (read(manifest.files[kind]) as { records: { id: string }[] }).records.map(
          (r) => r.id,
        ),
      )
    const records = new Set([...ids('enterprises'), ...ids('parks')])
    const industries = ids('industries')
    const municipalities = ids('municipalities')
    const regions = ids('regions')
    for (const { id, state } of parsed.scenes) {
      if (state.select !== null) expect(records, id).toContain(state.select)
      for (const x of state.filters.industries) expect(industries, id).toContain(x)
      for (const x of state.filters.municipalities)
        expect(municipalities, id).toContain(x)
      for (const x of state.filters.regions) expect(regions, id).toContain(x)
    }
  })

  it('keeps the compiled record checks in step with the zod schemas (npm run build:schema)', () => {
    expect(readFileSync(RECORD_CHECKS_FILE, 'utf8')).toBe(buildRecordChecks())
  })

  it('keeps data/schema in step with the zod schemas (run npm run build:schema)', () => {
    const generated = buildJsonSchemas()
    const committed = readdirSync(join(DATA, 'schema')).filter((f) =>
      f.endsWith('.schema.json'),
    )
    expect(committed.sort()).toEqual(Object.keys(generated).sort())
    for (const [name, schema] of Object.entries(generated)) {
      expect(readFileSync(join(DATA, 'schema', name), 'utf8'), name).toBe(
        schemaFileText(schema),
      )
    }
  })
})
