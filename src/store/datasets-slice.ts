import { DATASET_KINDS, type DatasetKind } from '@/domain/schema/values'
import type { StateCreator } from 'zustand'

import type { DataSource } from '@/domain/load/data-source'
import type { FileFault } from '@/domain/load/issues'
import type { ParsedDataset } from '@/domain/load/parse-dataset'
import type {
  BoundaryCollection,
  BoundaryIssue,
  BoundaryLayer,
} from '@/domain/schema/geo'
import type { Manifest } from '@/domain/schema/manifest'

import type { AppState } from './app-store'

export type FileState<K extends DatasetKind = DatasetKind> =
  | { status: 'idle' | 'loading'; file?: string }
  | { status: 'ready'; file: string; parsed: ParsedDataset<K> }
  | { status: 'error'; file: string; fault: FileFault }

export type ManifestState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; manifest: Manifest }
  | { status: 'error'; fault: FileFault; details?: string[] }

export type FileStates = { [K in DatasetKind]: FileState<K> }

type GeoState =
  | { status: 'idle' | 'loading' }
  | {
      status: 'ready'
      layers: Partial<Record<BoundaryLayer, BoundaryCollection>>
      /** Features left off the map (bad coordinates, far outside their region). */
      issues?: BoundaryIssue[]
    }
  | { status: 'error'; fault: FileFault }

export interface DatasetsSlice {
  source: DataSource | null
  manifest: ManifestState
  files: FileStates
  geo: GeoState
  setSource: (source: DataSource) => void
  setManifestState: (manifest: ManifestState) => void
  setFileState: <K extends DatasetKind>(kind: K, state: FileState<K>) => void
  /** Sets several files at once: one cross-check and one render for all of them. */
  setFileStates: (states: Partial<FileStates>) => void
  setGeoState: (geo: GeoState) => void
}

function idleFiles(): FileStates {
  return Object.fromEntries(
    DATASET_KINDS.map((kind) => [kind, { status: 'idle' }]),
  ) as FileStates
}

export const createDatasetsSlice: StateCreator<AppState, [], [], DatasetsSlice> = (
  set,
) => ({
  source: null,
  manifest: { status: 'idle' },
  files: idleFiles(),
  geo: { status: 'idle' },
  setSource: (source) => set({ source }),
  setManifestState: (manifest) =>
    set(
      manifest.status === 'loading'
        ? { manifest, files: idleFiles(), geo: { status: 'idle' } }
        : { manifest },
    ),
  setFileState: (kind, state) =>
    set((current) => ({ files: { ...current.files, [kind]: state } })),
  setFileStates: (states) =>
    set((current) => ({ files: { ...current.files, ...states } })),
  setGeoState: (geo) => set({ geo }),
})
