import type { StateCreator } from 'zustand'

import type { ImportKind } from '@/domain/import/import-kinds'
import type { ImportResult } from '@/domain/import/import-file'
import type { ImportIssue } from '@/domain/import/messages'
import type { RecordOf } from '@/domain/schema/datasets'
import type { Source } from '@/domain/schema/reference'

import type { AppState } from './app-store'

/** How imported records meet the bundled ones: added to them, shown alone, or hidden. */
export type ImportMode = 'add' | 'only' | 'hide'

/** One imported file as it is shown and kept: its valid records and what was wrong. */
export interface ImportedFile {
  /** Storage key part: the file name and the moment it was imported. */
  id: string
  file: string
  kind: ImportKind
  /** ISO moment of the import. */
  importedAt: string
  records: RecordOf<ImportKind>[]
  /** The row of each record in the file (parallel to `records`); absent in older keeps. */
  recordRows?: number[]
  /** The sources the records cite beyond the loaded ones (the file itself, its links). */
  sources: Source[]
  /** Rows read from the file (shown + rejected). */
  rows: number
  rejected: number
  issues: ImportIssue[]
}

/** A file read but not yet added: what the import panel shows for the user to confirm. */
export interface ImportDraft {
  name: string
  bytes: Uint8Array
  result: ImportResult
}

/** Why imported data could not be kept between visits (it is still shown this session). */
export type StorageProblem = 'unavailable' | 'quota' | 'failed'

export interface ImportSlice {
  imported: ImportedFile[]
  importMode: ImportMode
  importDrafts: ImportDraft[]
  /** Whether the files are being read. */
  importBusy: boolean
  storageProblem: StorageProblem | null
  /** Adds files; a file with the same name replaces the earlier one. */
  addImported: (files: readonly ImportedFile[]) => void
  /** Shows exactly these files (made by {@link withImported} from the files shown now). */
  setImported: (imported: ImportedFile[]) => void
  /** Removes one file by id, or all of them. */
  removeImported: (id?: string) => void
  setImportMode: (mode: ImportMode) => void
  setImportDrafts: (drafts: ImportDraft[]) => void
  setImportBusy: (busy: boolean) => void
  setStorageProblem: (problem: StorageProblem | null) => void
}

/** The files shown once `files` are added: one with the same name replaces the earlier one. */
export function withImported(
  imported: readonly ImportedFile[],
  files: readonly ImportedFile[],
): ImportedFile[] {
  const names = new Set(files.map((f) => f.file))
  return [...imported.filter((f) => !names.has(f.file)), ...files]
}

export const createImportSlice: StateCreator<AppState, [], [], ImportSlice> = (set) => ({
  imported: [],
  importMode: 'add',
  importDrafts: [],
  importBusy: false,
  storageProblem: null,
  addImported: (files) =>
    set(({ imported }) => ({ imported: withImported(imported, files) })),
  setImported: (imported) => set({ imported }),
  removeImported: (id) =>
    set(({ imported, importMode }) => {
      const rest = id === undefined ? [] : imported.filter((f) => f.id !== id)
      return { imported: rest, importMode: rest.length === 0 ? 'add' : importMode }
    }),
  setImportMode: (importMode) => set({ importMode }),
  setImportDrafts: (importDrafts) => set({ importDrafts }),
  setImportBusy: (importBusy) => set({ importBusy }),
  setStorageProblem: (storageProblem) => set({ storageProblem }),
})
