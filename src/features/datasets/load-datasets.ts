import type { DataSource } from '@/domain/load/data-source'
import { formatPath } from '@/domain/load/issues'
import { FAST_CHECK_MIN_CHARS } from '@/domain/load/large-file'
import { parseDatasetInSlices } from '@/domain/load/parse-dataset'
import { parseJsonText } from '@/domain/load/parse-json'
import { parseScenesValue } from '@/domain/scenes/scenes-file'
import { DATASET_KINDS, type DatasetKind } from '@/domain/schema/datasets'
import {
  type BoundaryCollection,
  type BoundaryLayer,
  boundaryCollectionSchema,
} from '@/domain/schema/geo'
import { type Manifest, manifestSchema } from '@/domain/schema/manifest'
import { useAppStore } from '@/store/app-store'
import type { FileState, ManifestState } from '@/store/datasets-slice'

import { fetchDataFile, fetchDataJson } from './fetch-data-file'

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
  await Promise.all([
    loadAllDatasetFiles(source, ready),
    loadBoundaries(source, manifest.data),
    loadScenes(source, manifest.data),
  ])
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
  if (useAppStore.getState().manifest !== manifest) return
  setFileStates(Object.fromEntries(DATASET_KINDS.map((kind, i) => [kind, states[i]])))
}

/** Loads the basemap boundaries the manifest lists; the map draws without them if they fail. */
async function loadBoundaries(source: DataSource, manifest: Manifest): Promise<void> {
  const { setGeoState } = useAppStore.getState()
  const files = manifest.files.geo
  if (!files) {
    setGeoState({ status: 'ready', layers: {} })
    return
  }
  setGeoState({ status: 'loading' })
  const layers: Partial<Record<BoundaryLayer, BoundaryCollection>> = {}
  for (const [layer, file] of Object.entries(files) as [BoundaryLayer, string][]) {
    const result = await fetchDataJson(source, file)
    if (!result.ok) {
      setGeoState({ status: 'error', fault: result.fault })
      return
    }
    const parsed = boundaryCollectionSchema.safeParse(result.value)
    if (!parsed.success) {
      setGeoState({
        status: 'error',
        fault: {
          file,
          reason: 'not-a-dataset',
          message: `Файл границ не является коллекцией полигонов GeoJSON: ${parsed.error.issues[0]?.message ?? ''}`,
        },
      })
      return
    }
    layers[layer] = parsed.data
  }
  setGeoState({ status: 'ready', layers })
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
  const fetched = await fetchDataFile(source, file)
  if (!fetched.ok) return { status: 'error', file, fault: fetched.fault }
  // The compiled first check is fetched only for a large file, while this thread parses it.
  const fastCheck =
    fetched.text.length >= FAST_CHECK_MIN_CHARS
      ? import('@/domain/load/fast-check').then((m) => m.FAST_CHECKS[kind])
      : undefined
  const result = parseJsonText(file, fetched.text, fetched.contentType)
  if (!result.ok) return { status: 'error', file, fault: result.fault }
  const check = await fastCheck?.catch(() => undefined)
  const parsed = await parseDatasetInSlices(kind, file, result.value, check)
  return parsed.ok
    ? { status: 'ready', file, parsed: parsed.dataset }
    : { status: 'error', file, fault: parsed.fault }
}
