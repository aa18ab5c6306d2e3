import { env } from '@/config/env'
import { formatPath } from '@/domain/load/issues'
import { parseDataset } from '@/domain/load/parse-dataset'
import { DATASET_KINDS, type DatasetKind } from '@/domain/schema/datasets'
import { manifestSchema } from '@/domain/schema/manifest'
import { useAppStore } from '@/store/app-store'

import { fetchJson } from './fetch-json'

const MANIFEST = 'manifest.json'

/** Loads the manifest, then every file it lists in parallel; one failing file stops no other. */
export async function loadDatasets(): Promise<void> {
  const { source, setManifestState } = useAppStore.getState()
  if (!source) return
  setManifestState({ status: 'loading' })
  const result = await fetchJson(
    new URL(MANIFEST, source.baseUrl).href,
    MANIFEST,
    env.fetchTimeoutMs,
  )
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
  setManifestState({ status: 'ready', manifest: manifest.data })
  await Promise.all(DATASET_KINDS.map((kind) => loadDatasetFile(kind)))
}

/** Loads (or reloads, for a retry) one file the manifest lists. */
export async function loadDatasetFile(kind: DatasetKind): Promise<void> {
  const { source, manifest, setFileState } = useAppStore.getState()
  if (!source || manifest.status !== 'ready') return
  const file = manifest.manifest.files[kind]
  setFileState(kind, { status: 'loading', file })
  const result = await fetchJson(
    new URL(file, source.baseUrl).href,
    file,
    env.fetchTimeoutMs,
  )
  if (!result.ok) {
    setFileState(kind, { status: 'error', file, fault: result.fault })
    return
  }
  const parsed = parseDataset(kind, file, result.value)
  setFileState(
    kind,
    parsed.ok
      ? { status: 'ready', file, parsed: parsed.dataset }
      : { status: 'error', file, fault: parsed.fault },
  )
}
