import { DATASET_KINDS, type DatasetKind } from '@/domain/schema/values'
import type { DataSource } from '@/domain/load/data-source'
import { formatPath } from '@/domain/load/issues'
import { FAST_CHECK_MIN_CHARS } from '@/domain/load/large-file'
import { parseDatasetInSlices } from '@/domain/load/parse-dataset'
import { nextTask } from '@/shared/tasks/next-task'
import { parseScenesValue } from '@/domain/scenes/scenes-file'
import {
  type BoundaryAnchors,
  type BoundaryCollection,
  type BoundaryIssue,
  type BoundaryLayer,
  farBoundaries,
  readBoundaryFile,
} from '@/domain/schema/geo'
import { type Manifest, manifestSchema } from '@/domain/schema/manifest'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'
import type { FileState, ManifestState } from '@/store/datasets-slice'

import { fetchDataJson, fetchDataValue } from './fetch-data-file'

const MANIFEST = 'manifest.json'

/**
 * Loads the data of a source: its manifest, then every file the manifest lists in parallel;
 * one failing file stops no other. The store records the source, so the page can say where
 * the figures come from.
 */
export async function loadDatasets(source: DataSource): Promise<void> {
  const { setSource, setManifestState } = useAppStore.getState()
  setSource(source)
  setManifestState({ status: 'loading' })
  const result = await fetchDataJson(source, MANIFEST)
  if (!result.ok) {
    setManifestState({ status: 'error', fault: result.fault })
    return
  }
  const manifest = manifestSchema.safeParse(result.value)
  if (!manifest.success) {
    setManifestState({
      status: 'error',
      fault: {
        file: MANIFEST,
        reason: 'invalid-manifest',
        message: 'Файл описания набора данных заполнен неверно',
      },
      details: manifest.error.issues.map(
        (issue) => `${formatPath(issue.path) || '(весь файл)'}: ${issue.message}`,
      ),
    })
    return
  }
  const ready: ManifestState = { status: 'ready', manifest: manifest.data }
  setManifestState(ready)
  const [, boundaries] = await Promise.all([
    loadAllDatasetFiles(source, ready),
    loadBoundaries(source, manifest.data),
    loadScenes(source, manifest.data),
  ])
  if (boundaries && useAppStore.getState().manifest === ready)
    dropFarBoundaries(boundaries)
}

/**
 * Loads every dataset file in parallel and stores them together: the files refer to each
 * other, so storing each as it arrives would cross-check and draw the dashboard once per file
 * (seconds each at 100,000 records) only to show a half-linked view in between.
 */
async function loadAllDatasetFiles(
  source: DataSource,
  manifest: Extract<ManifestState, { status: 'ready' }>,
): Promise<void> {
  const { setFileStates } = useAppStore.getState()
  const files = manifest.manifest.files
  setFileStates(
    Object.fromEntries(
      DATASET_KINDS.map((kind) => [kind, { status: 'loading', file: files[kind] }]),
    ),
  )
  const states = await Promise.all(
    DATASET_KINDS.map((kind) => readDatasetFile(source, kind, files[kind])),
  )
  // The dashboard redraws with the data in a task of its own, not after the last file's
  // reading and checking in the same one.
  await nextTask()
  if (useAppStore.getState().manifest !== manifest) return
  setFileStates(Object.fromEntries(DATASET_KINDS.map((kind, i) => [kind, states[i]])))
}

/** One boundary layer as read: its drawn features and where they stand in the file. */
interface ReadLayer {
  layer: BoundaryLayer
  file: string
  collection: BoundaryCollection
  positions: number[]
}

/**
 * Loads the basemap boundaries the manifest lists; the map draws without them if they fail.
 * A feature with bad coordinates is left off the map as an issue; the others are drawn.
 */
async function loadBoundaries(
  source: DataSource,
  manifest: Manifest,
): Promise<ReadLayer[] | null> {
  const { setGeoState } = useAppStore.getState()
  const files = manifest.files.geo
  if (!files) {
    setGeoState({ status: 'ready', layers: {} })
    return null
  }
  setGeoState({ status: 'loading' })
  const read: ReadLayer[] = []
  const issues: BoundaryIssue[] = []
  // Fetched together, checked in the manifest's order: one after another, the three files
  // took 450 ms on the bundled data.
  const fetched = await Promise.all(
    (Object.entries(files) as [BoundaryLayer, string][]).map(async ([layer, file]) => ({
      layer,
      file,
      result: await fetchDataJson(source, file),
    })),
  )
  for (const { layer, file, result } of fetched) {
    if (!result.ok) {
      setGeoState({ status: 'error', fault: result.fault })
      return null
    }
    const parsed = readBoundaryFile(file, result.value)
    if (!parsed.ok) {
      setGeoState({
        status: 'error',
        fault: { file, reason: 'not-a-dataset', message: parsed.message },
      })
      return null
    }
    read.push({ layer, file, ...parsed })
    issues.push(...parsed.issues)
  }
  // The store write redraws the dashboard: in a task of its own, not after the checks.
  await nextTask()
  setGeoState({ status: 'ready', layers: layersOf(read), issues })
  return read
}

const layersOf = (read: readonly ReadLayer[]) =>
  Object.fromEntries(read.map((r) => [r.layer, r.collection])) as Partial<
    Record<BoundaryLayer, BoundaryCollection>
  >

/**
 * Once the reference files are in, leaves off the map each feature that lies far outside the
 * region it names (its capital in `regions`) or, on the home layer, far from every municipal
 * centre; each becomes an issue. The map then fits the home region without it.
 */
function dropFarBoundaries(read: readonly ReadLayer[]): void {
  const state = useAppStore.getState()
  if (state.geo.status !== 'ready') return
  const { regions, municipalities } = selectDatasets(state)
  const anchors: BoundaryAnchors = {
    capitals: new Map(
      regions.map((r) => [
        r.id,
        { point: [r.capital.lat, r.capital.lon] as const, name: r.name.ru },
      ]),
    ),
    homeCentres: municipalities.map((m) => [m.centre.lat, m.centre.lon] as const),
  }
  const far: BoundaryIssue[] = []
  const kept = read.map((r) => {
    const checked = farBoundaries(
      r.file,
      r.collection,
      r.layer === 'home',
      anchors,
      r.positions,
    )
    far.push(...checked.issues)
    return { ...r, collection: checked.collection }
  })
  if (far.length === 0) return
  state.setGeoState({
    status: 'ready',
    layers: layersOf(kept),
    issues: [...(state.geo.issues ?? []), ...far],
  })
}

/**
 * Loads the presentation scenes the manifest lists, if it lists any. A bad file is reported
 * in the scenes panel; the dashboard and the user's own scenes work without it.
 */
async function loadScenes(source: DataSource, manifest: Manifest): Promise<void> {
  const { setBundledScenes } = useAppStore.getState()
  const file = manifest.files.scenes
  if (!file) {
    setBundledScenes({ status: 'none' })
    return
  }
  setBundledScenes({ status: 'loading' })
  const result = await fetchDataJson(source, file)
  if (!result.ok) {
    setBundledScenes({
      status: 'error',
      file,
      message: result.fault.message,
      details: [],
    })
    return
  }
  const parsed = parseScenesValue(result.value)
  await nextTask()
  setBundledScenes(
    parsed.ok
      ? { status: 'ready', file, scenes: parsed.scenes }
      : { status: 'error', file, message: parsed.message, details: parsed.details },
  )
}

/**
 * Loads again (a retry) one file of the manifest now in the store, from the source it came
 * from; the other files stay as they are.
 */
export async function reloadDatasetFile(
  source: DataSource,
  kind: DatasetKind,
): Promise<void> {
  const { manifest, setFileState } = useAppStore.getState()
  if (manifest.status !== 'ready') return
  const file = manifest.manifest.files[kind]
  setFileState(kind, { status: 'loading', file })
  const state = await readDatasetFile(source, kind, file)
  if (useAppStore.getState().manifest === manifest) setFileState(kind, state)
}

/** Fetches and validates one dataset file; every failure becomes an error state. */
async function readDatasetFile<K extends DatasetKind>(
  source: DataSource,
  kind: K,
  file: string,
): Promise<FileState<K>> {
  const read = await fetchDataValue(source, file)
  if (!read.ok) return { status: 'error', file, fault: read.fault }
  // The compiled first check is fetched only for a large file.
  const check =
    read.chars >= FAST_CHECK_MIN_CHARS
      ? await import('@/domain/load/fast-check')
          .then((m) => m.FAST_CHECKS[kind])
          .catch(() => undefined)
      : undefined
  const parsed = await parseDatasetInSlices(kind, file, read.value, check)
  return parsed.ok
    ? { status: 'ready', file, parsed: parsed.dataset }
    : { status: 'error', file, fault: parsed.fault }
}
