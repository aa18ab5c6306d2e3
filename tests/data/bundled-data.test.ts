// @vitest-environment node
import { DATASET_KINDS, type DatasetKind } from '@/domain/schema/values'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'

import { distanceKm } from '@/domain/geo/distance'
import { boundaryContains } from '@/domain/geo/point-in-polygon'
import { type ParsedDatasets, crossCheck } from '@/domain/load/cross-check'
import { parseDataset } from '@/domain/load/parse-dataset'
import { parseScenesValue } from '@/domain/scenes/scenes-file'
import type { Datasets } from '@/domain/schema/datasets'
import { type BoundaryFeature, boundaryCollectionSchema } from '@/domain/schema/geo'
import { manifestSchema } from '@/domain/schema/manifest'

import { buildJsonSchemas, schemaFileText } from '../../scripts/json-schemas'
import { RECORD_CHECKS_FILE, buildRecordChecks } from '../../scripts/record-checks'

const DATA = join(import.meta.dirname, '..', '..', 'data')
const read = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'))

const manifest = manifestSchema.parse(read('manifest.json'))

/** Every dataset file's records, as in the file (schemas are checked by the first test). */
const data = Object.fromEntries(
  DATASET_KINDS.map((kind) => [
    kind,
    (read(manifest.files[kind]) as { records: unknown[] }).records,
  ]),
) as unknown as Datasets

/** A record's label in a failure message: file and id. */
const label = (kind: DatasetKind, id: string) => `${manifest.files[kind]}: ${id}`

/** Records that cite sources, with where they come from. */
function citingRecords(): { where: string; sources: readonly string[] }[] {
  return DATASET_KINDS.flatMap((kind) =>
    (data[kind] as { id: string; sources?: readonly string[] }[])
      .filter((r) => r.sources !== undefined)
      .map((r) => ({ where: label(kind, r.id), sources: r.sources ?? [] })),
  )
}

/** A settlement or site position this far from its municipality's centre is suspect. */
const MUNICIPALITY_NEAR_KM = 25
/**
 * Positions checked by hand that lie farther than that from their municipality's centre,
 * with the reason and the farthest they may be; anything else farther is an error.
 */
const FAR_FROM_CENTRE: Record<string, { maxKm: number; why: string }> = {
  'ent-smol-gres': {
    maxKm: 50,
    why: 'Ozyorny, the GRES settlement, is in Dukhovshchinsky okrug, ~46 km north of Dukhovshchina',
  },
}

/** Region boundaries of the bundled map, by ISO code. */
function boundaries(): Map<string, BoundaryFeature['geometry']> {
  const geo = manifest.files.geo
  const files = [geo?.home, geo?.neighbours, geo?.partners].filter(
    (f): f is string => f !== undefined,
  )
  const byId = new Map<string, BoundaryFeature['geometry']>()
  for (const file of files)
    for (const feature of boundaryCollectionSchema.parse(read(file)).features)
      byId.set(feature.properties.id, feature.geometry)
  return byId
}

/** `| \`file.json\` | … | 20 |` rows of the README table whose header names `column`. */
function readmeCounts(readme: string, column: string): Map<string, string> {
  const lines = readme.split('\n')
  const header = lines.findIndex((l) => l.startsWith('|') && l.includes(column))
  if (header < 0) throw new Error(`data/README.md: no table with the column «${column}»`)
  const cells = (line: string) =>
    line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim())
  const at = cells(lines[header] ?? '').indexOf(column)
  const counts = new Map<string, string>()
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break
    const row = cells(line)
    const file = /^`([^`]+)`$/.exec(row[0] ?? '')?.[1]
    if (file !== undefined) counts.set(file, row[at] ?? '')
  }
  return counts
}

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

  it('gives every source its own URL', () => {
    const seen = new Map<string, string>()
    const repeats: string[] = []
    for (const source of data.sources) {
      const first = seen.get(source.url)
      if (first !== undefined)
        repeats.push(`${label('sources', source.id)} repeats the URL of ${first}`)
      else seen.set(source.url, source.id)
    }
    expect(repeats).toEqual([])
  })

  it('cites every source in sources.json from at least one record', () => {
    const cited = new Set(citingRecords().flatMap((r) => r.sources))
    const uncited = data.sources
      .filter((source) => !cited.has(source.id))
      .map((source) => `${label('sources', source.id)} is cited by no record`)
    expect(uncited).toEqual([])
  })

  it('cites only sources that exist', () => {
    const ids = new Set(data.sources.map((source) => source.id))
    const missing = citingRecords().flatMap(({ where, sources }) =>
      sources.filter((id) => !ids.has(id)).map((id) => `${where} cites missing ${id}`),
    )
    expect(missing).toEqual([])
  })

  it('has no two enterprises or parks with the same name in the same municipality', () => {
    const seen = new Map<string, string>()
    const repeats: string[] = []
    const places = [
      ...data.enterprises.map((r) => ({ kind: 'enterprises' as const, r })),
      ...data.parks.map((r) => ({ kind: 'parks' as const, r })),
    ]
    for (const { kind, r } of places) {
      const name = r.name.ru.trim().replace(/\s+/g, ' ').toLowerCase()
      const key = `${name}|${r.municipality ?? `region ${r.region}`}`
      const first = seen.get(key)
      if (first !== undefined)
        repeats.push(
          `${label(kind, r.id)} has the name «${r.name.ru}» and place of ${first}`,
        )
      else seen.set(key, label(kind, r.id))
    }
    expect(repeats).toEqual([])
  })

  it('puts every settlement or site position near its municipality centre or inside its region', () => {
    const municipalities = new Map(data.municipalities.map((m) => [m.id, m]))
    const regions = new Map(data.regions.map((r) => [r.id, r]))
    const shapes = boundaries()
    expect(shapes.has(manifest.homeRegion), 'home boundary').toBe(true)
    const problems: string[] = []
    const places = [
      ...data.enterprises.map((r) => ({ kind: 'enterprises' as const, r })),
      ...data.parks.map((r) => ({ kind: 'parks' as const, r })),
    ]
    for (const { kind, r } of places) {
      const { lat, lon, precision } = r.location
      if (precision !== 'settlement' && precision !== 'site') continue
      if (lat === undefined || lon === undefined) continue
      const where = label(kind, r.id)
      const municipality = municipalities.get(r.municipality ?? '')
      if (municipality) {
        const km = distanceKm(lat, lon, municipality.centre.lat, municipality.centre.lon)
        const allowed = FAR_FROM_CENTRE[r.id]?.maxKm ?? MUNICIPALITY_NEAR_KM
        if (km > allowed)
          problems.push(
            `${where} is ${km.toFixed(1)} km from the centre of ${municipality.id} (over ${allowed} km)`,
          )
        continue
      }
      if (r.municipality !== undefined) {
        problems.push(`${where} names the unknown municipality ${r.municipality}`)
        continue
      }
      if (r.region === manifest.homeRegion) {
        const home = shapes.get(manifest.homeRegion)
        if (home && !boundaryContains(home, lat, lon))
          problems.push(`${where} lies outside the home region's boundary`)
        continue
      }
      // Outside the home region: inside that region's boundary where the map has one,
      // else no farther from its capital than the app accepts.
      const shape = shapes.get(r.region)
      const region = regions.get(r.region)
      if (shape) {
        if (!boundaryContains(shape, lat, lon))
          problems.push(`${where} lies outside the boundary of ${r.region}`)
      } else if (!region) problems.push(`${where} names the unknown region ${r.region}`)
      else if (distanceKm(lat, lon, region.capital.lat, region.capital.lon) > 600)
        problems.push(`${where} is over 600 km from the capital of ${r.region}`)
    }
    // An exception that is no longer needed is stale: drop it rather than keep a free pass.
    for (const id of Object.keys(FAR_FROM_CENTRE)) {
      const r =
        data.enterprises.find((e) => e.id === id) ?? data.parks.find((p) => p.id === id)
      const m = municipalities.get(r?.municipality ?? '')
      const { lat, lon } = r?.location ?? {}
      if (!r || !m || lat === undefined || lon === undefined)
        problems.push(`FAR_FROM_CENTRE names ${id}, which has no position to check`)
      else if (distanceKm(lat, lon, m.centre.lat, m.centre.lon) <= MUNICIPALITY_NEAR_KM)
        problems.push(`FAR_FROM_CENTRE names ${id}, which is no longer far: drop it`)
    }
    expect(problems).toEqual([])
  })

  it('states in data/README.md the record count of each file, in both languages', () => {
    const readme = readFileSync(join(DATA, 'README.md'), 'utf8')
    const problems: string[] = []
    for (const column of ['Записей во встроенном наборе', 'Records in the bundled set']) {
      const counts = readmeCounts(readme, column)
      for (const kind of DATASET_KINDS) {
        const file = manifest.files[kind]
        const stated = counts.get(file)
        const actual = String(data[kind].length)
        if (stated !== actual)
          problems.push(
            `data/README.md («${column}»): ${file} says ${stated ?? 'nothing'}, the file has ${actual}`,
          )
      }
    }
    expect(problems).toEqual([])
  })
})
