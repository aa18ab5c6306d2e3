import { SCHEMA_VERSION, DATASET_KINDS } from '../schema/values'
import { strToU8, zipSync } from 'fflate'

import type { Datasets } from '../schema/datasets'
import type { Manifest } from '../schema/manifest'

export interface DataFolderInput {
  manifest: Manifest
  datasets: Datasets
  /**
   * The JSON Schema texts by dataset kind and `manifest` (the files of `data/schema/`). When
   * given they are written to `schema/` and each file points at its own with `$schema`.
   */
  schemas?: Partial<Record<(typeof DATASET_KINDS)[number] | 'manifest', string>>
  /** Other files to carry along as they are, by path (e.g. `geo/home.geojson`). */
  extraFiles?: Record<string, string>
}

const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`)

/**
 * A data folder as a ZIP: `manifest.json` naming `<kind>.json` for every dataset, each file in
 * the contract's envelope, and the schemas when given. Opened as a folder, it is what
 * `?data=` loads and `check:data` validates. Geo and scene files are listed only when carried.
 */
export function dataFolderZip(input: DataFolderInput): Uint8Array {
  const { manifest, datasets, schemas = {}, extraFiles = {} } = input
  const files: Record<string, Uint8Array> = {}
  const names = Object.fromEntries(
    DATASET_KINDS.map((kind) => [kind, `${kind}.json`]),
  ) as unknown as Manifest['files']
  const geo = manifest.files.geo
  const keepGeo =
    geo &&
    [geo.home, geo.neighbours, geo.partners].every(
      (p) => p === undefined || p in extraFiles,
    )
  const scenes = manifest.files.scenes
  const out: Manifest = {
    ...(schemas.manifest ? { $schema: './schema/manifest.schema.json' } : {}),
    ...manifest,
    files: {
      ...names,
      ...(scenes && scenes in extraFiles ? { scenes } : {}),
      ...(keepGeo ? { geo } : {}),
    },
  }
  if (!schemas.manifest) delete out.$schema
  files['manifest.json'] = json(out)
  for (const kind of DATASET_KINDS) {
    files[`${kind}.json`] = json({
      ...(schemas[kind] ? { $schema: `./schema/${kind}.schema.json` } : {}),
      schemaVersion: SCHEMA_VERSION,
      records: datasets[kind],
    })
  }
  for (const [name, text] of Object.entries(schemas))
    if (text) files[`schema/${name}.schema.json`] = strToU8(text)
  for (const [path, text] of Object.entries(extraFiles)) files[path] = strToU8(text)
  return zipSync(files, { level: 6 })
}
