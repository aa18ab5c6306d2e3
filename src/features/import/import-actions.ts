import type { ColumnMapping } from '@/domain/import/header-mapping'
import { homeAreaOf } from '@/domain/import/home-region'
import { type ImportResult, tooLarge } from '@/domain/import/import-file'
import { fileSlug } from '@/domain/import/import-sources'
import { IMPORT_KINDS, type ImportKind } from '@/domain/import/import-kinds'
import { MAX_FILE_BYTES } from '@/domain/import/limits'
import type { RecordOf } from '@/domain/schema/datasets'
import { nextTask } from '@/shared/tasks/next-task'
import { useAppStore } from '@/store/app-store'
import { selectDataForImport } from '@/store/file-selectors'
import { type ImportDraft, type ImportedFile, withImported } from '@/store/import-slice'
import { prepareDerived } from '@/store/prepare-derived'

import { importStorage, storageProblemOf } from './import-storage'
import { recallMapping, rememberMapping } from './mapping-memory'
import { endImportWork, setImportProgress, startImportWork } from './worker/progress'
import { ImportCancelled, type RanImport, runImport } from './worker/run-import'

const FALLBACK_REGION = 'RU-SMO'

/** What the worker needs besides the bytes: plain data, so it can be cloned to it. */
function options(kind?: ImportKind, mapping?: readonly unknown[], sheet?: string) {
  const state = useAppStore.getState()
  const homeRegion =
    state.manifest.status === 'ready'
      ? state.manifest.manifest.homeRegion
      : FALLBACK_REGION
  return {
    data: selectDataForImport(state),
    homeRegion,
    // The outline the map draws decides "in the home region"; the centres when none is loaded.
    homeArea:
      state.geo.status === 'ready'
        ? homeAreaOf(state.geo.layers.home, homeRegion)
        : undefined,
    kind,
    mapping,
    sheet,
  }
}

async function read(
  name: string,
  bytes: Uint8Array,
  signal: AbortSignal,
  kind?: ImportKind,
  mapping?: readonly unknown[],
  sheet?: string,
): Promise<RanImport> {
  const run = (data: Uint8Array, k?: ImportKind, m?: readonly unknown[]) =>
    runImport({
      name,
      bytes: data,
      options: options(k, m, sheet),
      onProgress: setImportProgress,
      signal,
    })
  const first = await run(bytes, kind, mapping)
  const { result } = first
  if (kind !== undefined || !result.ok || result.format === 'contract') return first
  // A header set the user mapped before: their dataset and mapping, not the guess.
  const remembered = recallMapping(result.headerKey)
  if (!remembered) return first
  return run(first.bytes, remembered.kind, remembered.mapping)
}

/**
 * Runs one cancellable piece of import work: busy and progress while it runs; a cancel (or a
 * newer piece of work) leaves the drafts as they were.
 */
async function cancellable(work: (signal: AbortSignal) => Promise<void>): Promise<void> {
  const signal = startImportWork()
  const { setImportBusy } = useAppStore.getState()
  setImportBusy(true)
  try {
    await work(signal)
  } catch (error) {
    if (!(error instanceof ImportCancelled)) throw error
  } finally {
    if (endImportWork(signal)) setImportBusy(false)
  }
}

/**
 * Reads the chosen or dropped files, off the main thread, into drafts the import panel shows
 * for confirmation. A file over the limit is refused before it is read.
 */
export async function readFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return
  await cancellable(async (signal) => {
    const drafts: ImportDraft[] = []
    for (const file of files) {
      if (file.size > MAX_FILE_BYTES) {
        drafts.push({
          name: file.name,
          bytes: new Uint8Array(),
          result: tooLarge(file.name),
        })
        continue
      }
      const bytes = new Uint8Array(await file.arrayBuffer())
      if (signal.aborted) throw new ImportCancelled()
      const ran = await read(file.name, bytes, signal)
      drafts.push({ name: file.name, bytes: ran.bytes, result: ran.result })
    }
    useAppStore.getState().setImportDrafts(drafts)
  })
}

/** Reads one draft again with the dataset or mapping the user chose, and remembers them. */
export async function changeDraft(
  index: number,
  kind: ImportKind,
  mapping?: ColumnMapping,
): Promise<void> {
  const draft = useAppStore.getState().importDrafts[index]
  if (!draft) return
  const sheet =
    draft.result.ok && draft.result.format === 'xlsx' ? draft.result.sheet : undefined
  await cancellable(async (signal) => {
    // A copy goes to the worker: the draft keeps its bytes if this is cancelled.
    const { result }: { result: ImportResult } = await read(
      draft.name,
      draft.bytes.slice(),
      signal,
      kind,
      mapping,
      sheet,
    )
    if (result.ok && result.format !== 'contract')
      rememberMapping(result.headerKey, result.kind, result.mapping)
    replaceDraft(index, { ...draft, result })
  })
}

function replaceDraft(index: number, draft: ImportDraft): void {
  const drafts = [...useAppStore.getState().importDrafts]
  drafts[index] = draft
  useAppStore.getState().setImportDrafts(drafts)
}

/**
 * Reads one workbook draft again from another sheet: the dataset is guessed afresh (or taken
 * from a mapping remembered for that sheet's headers), as for a newly chosen file.
 */
export async function changeSheet(index: number, sheet: string): Promise<void> {
  const draft = useAppStore.getState().importDrafts[index]
  if (!draft) return
  await cancellable(async (signal) => {
    const { result } = await read(
      draft.name,
      draft.bytes.slice(),
      signal,
      undefined,
      undefined,
      sheet,
    )
    replaceDraft(index, { ...draft, result })
  })
}

/** What a draft adds: one file per dataset it holds (a contract folder may hold several). */
function toImported(draft: ImportDraft, now: Date): ImportedFile[] {
  const { result } = draft
  if (!result.ok) return []
  const stamp = now.getTime().toString(36)
  const base = { importedAt: now.toISOString(), file: draft.name }
  if (result.format === 'contract') {
    return IMPORT_KINDS.flatMap((kind) => {
      const records = (result.datasets[kind] ?? []) as RecordOf<ImportKind>[]
      if (records.length === 0) return []
      return [
        {
          ...base,
          id: `${fileSlug(draft.name)}-${kind}-${stamp}`,
          kind,
          records,
          sources: [],
          rows: records.length,
          rejected: 0,
          issues: result.issues,
        },
      ]
    })
  }
  return [
    {
      ...base,
      id: `${fileSlug(draft.name)}-${stamp}`,
      kind: result.kind,
      records: result.records,
      recordRows: result.rows,
      sources: result.sources.links,
      rows: result.records.length + result.rejected.length,
      rejected: result.rejected.length,
      issues: result.issues,
    },
  ]
}

/**
 * Shows `files` with those shown now. What the records rebuild (merged data, point index,
 * masks, counts) is built first, a piece per task, so the update that draws them is short.
 */
async function showFiles(files: readonly ImportedFile[]): Promise<void> {
  const state = useAppStore.getState()
  const imported = withImported(state.imported, files)
  await prepareDerived({ ...state, imported }, nextTask)
  const now = useAppStore.getState()
  // The shown files changed meanwhile (a removal): add to what is shown now instead.
  if (now.imported === state.imported) now.setImported(imported)
  else now.addImported(files)
}

/** Whether drafts are being added: a second press meanwhile adds nothing twice. */
let confirming = false

/** Adds the drafts to the shown data, then keeps them; a storage failure is told, not fatal. */
export async function confirmDrafts(now = new Date()): Promise<void> {
  if (confirming) return
  confirming = true
  try {
    await addDrafts(now)
  } finally {
    confirming = false
  }
}

async function addDrafts(now: Date): Promise<void> {
  const state = useAppStore.getState()
  const added = state.importDrafts.flatMap((draft) => toImported(draft, now))
  const names = new Set(added.map((f) => f.file))
  const replaced = state.imported.filter((f) => names.has(f.file))
  // The panel closes with the rows drawn: a store change while they are prepared would
  // make the selectors build for the current state in between.
  await showFiles(added)
  useAppStore.getState().setImportDrafts([])
  // The page draws the added rows in that task; keeping them (the records are written as
  // JSON in slices) starts in the next, so the two never add up to one long task.
  await nextTask()
  const storage = importStorage()
  try {
    for (const old of replaced) await storage.remove(old.id)
    for (const file of added) await storage.put(file)
    useAppStore.getState().setStorageProblem(null)
  } catch (error) {
    useAppStore.getState().setStorageProblem(storageProblemOf(error).problem)
  }
}

/** Brings back the files kept from earlier visits. */
export async function restoreImported(): Promise<void> {
  try {
    const kept = await importStorage().list()
    if (kept.length > 0) await showFiles(kept)
  } catch {
    // Nothing could have been kept; the user is told when they import something.
  }
}

/** Removes one imported file (or all) from the page and from storage. */
export async function removeImported(id?: string): Promise<void> {
  const state = useAppStore.getState()
  const ids = id === undefined ? state.imported.map((f) => f.id) : [id]
  // Storage first, then the page: once the banner is gone a reload cannot bring them back.
  try {
    const storage = importStorage()
    for (const one of ids) await storage.remove(one)
  } catch (error) {
    useAppStore.getState().setStorageProblem(storageProblemOf(error).problem)
  }
  useAppStore.getState().removeImported(id)
}
