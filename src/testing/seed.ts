import { DATASET_KINDS, type DatasetKind } from '@/domain/schema/values'
import { folderSource } from '@/domain/load/data-source'
import { parseDataset } from '@/domain/load/parse-dataset'
import { manifestSchema } from '@/domain/schema/manifest'
import { useAppStore } from '@/store/app-store'

import { fixture } from './fixtures'

/** Where the seeded data says it came from: the bundled folder the msw handlers serve. */
const FIXTURE_SOURCE = folderSource('http://localhost:3000/data/', true)

export interface SeedOptions {
  /** Records that replace a file's fixture records; the other files stay as they are. */
  records?: Partial<Record<DatasetKind, readonly unknown[]>>
  /** The files to put in; the others stay idle, as if never loaded. All by default. */
  only?: readonly DatasetKind[]
}

/**
 * Puts the fixture dataset into the store as the loader leaves it: the source, the manifest
 * and every file parsed and ready, stored together. No network.
 */
export function seedDatasets({ records, only = DATASET_KINDS }: SeedOptions = {}): void {
  const { setSource, setManifestState, setFileStates } = useAppStore.getState()
  setSource(FIXTURE_SOURCE)
  setManifestState({
    status: 'ready',
    manifest: manifestSchema.parse(fixture['manifest.json']),
  })
  setFileStates(
    Object.fromEntries(only.map((kind) => [kind, readyFile(kind, records?.[kind])])),
  )
}

function readyFile(kind: DatasetKind, records: readonly unknown[] | undefined) {
  const file = `${kind}.json` as const
  const json = records ? { schemaVersion: 1, records } : fixture[file]
  const result = parseDataset(kind, file, json)
  if (!result.ok) throw new Error(`seedDatasets: ${file}: ${result.fault.message}`)
  return { status: 'ready', file, parsed: result.dataset } as const
}
