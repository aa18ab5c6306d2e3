import { DATASET_KINDS, type DatasetKind } from '@/domain/schema/values'
import {
  type CrossCheckResult,
  type ParsedDatasets,
  crossCheck,
} from '@/domain/load/cross-check'
import type { DatasetIssue } from '@/domain/load/issues'
import { IMPORT_KINDS } from '@/domain/import/import-kinds'
import type { Datasets } from '@/domain/schema/datasets'
import type { BoundaryIssue } from '@/domain/schema/geo'
import type { Locale } from '@/shared/format/format'

import type { AppState } from './app-store'
import type { FileStates } from './datasets-slice'
import type { ImportMode, ImportedFile } from './import-slice'
import { memoArgs } from './memo'

/** The data files as loaded and cross-checked: their records, their summaries and issues. */

function parsedOf(files: FileStates): ParsedDatasets {
  const parsed: ParsedDatasets = {}
  for (const kind of DATASET_KINDS) {
    const state = files[kind]
    if (state.status === 'ready')
      (parsed as Record<DatasetKind, unknown>)[kind] = state.parsed
  }
  return parsed
}

/** Valid, deduplicated, cross-checked records of every loaded file, and the cross-file issues. */
const checkFiles = memoArgs(
  (files: FileStates, homeRegion: string | undefined): CrossCheckResult =>
    crossCheck(parsedOf(files), { homeRegion }),
)

const selectChecked = (s: AppState): CrossCheckResult =>
  checkFiles(
    s.files,
    s.manifest.status === 'ready' ? s.manifest.manifest.homeRegion : undefined,
  )

/**
 * The loaded data with the user's imported records: added to it (`add`), instead of its
 * records (`only`; the reference lists stay), or not at all (`hide`). An id already shown is
 * never shown twice: the bundled record, then the earliest imported file wins.
 */
function mergeImported(
  base: Datasets,
  imported: readonly ImportedFile[],
  mode: ImportMode,
): Datasets {
  if (imported.length === 0 || mode === 'hide') return base
  const out: Datasets = { ...base }
  for (const kind of IMPORT_KINDS) {
    const files = imported.filter((file) => file.kind === kind)
    // A dataset no file adds to keeps its array, so what is drawn from it is not redone.
    if (mode === 'add' && files.length === 0) continue
    const records: { id: string }[] = mode === 'only' ? [] : [...base[kind]]
    // Ids already taken: the loaded ones (shown or not), then those of earlier files. A set of
    // a file's own ids is made only when a later file needs it: one file of 100,000 rows is
    // checked against the loaded ids alone (the import already refused repeats within it).
    const loaded = new Set<string>(base[kind].map((r) => r.id))
    const earlier = new Set<string>()
    files.forEach((file, at) => {
      const last = at === files.length - 1
      for (const record of file.records) {
        if (loaded.has(record.id) || earlier.has(record.id)) continue
        if (!last) earlier.add(record.id)
        records.push(record)
      }
    })
    ;(out as Record<DatasetKind, unknown[]>)[kind] = records
  }
  const sourceIds = new Set(base.sources.map((s) => s.id))
  const sources = [...base.sources]
  for (const file of imported)
    for (const source of file.sources)
      if (!sourceIds.has(source.id)) {
        sourceIds.add(source.id)
        sources.push(source)
      }
  if (sources.length > base.sources.length) out.sources = sources
  return out
}

const mergeShown = memoArgs(mergeImported)
const mergeAll = memoArgs(mergeImported)

/** What the dashboard shows: the loaded data and the imported records, per the import mode. */
export const selectDatasets = (s: AppState): Datasets =>
  // Adding is also what a new import is checked against: one merge serves both.
  s.importMode === 'add'
    ? selectDataForImport(s)
    : mergeShown(selectChecked(s).datasets, s.imported, s.importMode)

/** The loaded data with every imported record, whatever is shown: what a new import is checked against. */
export const selectDataForImport = (s: AppState): Datasets =>
  mergeAll(selectChecked(s).datasets, s.imported, 'add')

export interface FileSummary {
  kind: DatasetKind
  file: string
  status: FileStates[DatasetKind]['status']
  total: number
  shown: number
  issues: readonly DatasetIssue[]
}

const NO_BOUNDARY_ISSUES: readonly BoundaryIssue[] = []

/** A boundary feature left off the map, listed with the regions (whose outlines they are). */
const boundaryIssue = (issue: BoundaryIssue, language: Locale): DatasetIssue => ({
  kind: 'regions',
  file: issue.file,
  index: issue.index,
  id: issue.id,
  path: issue.path,
  code: issue.code,
  severity: 'error',
  message: issue.message[language],
})

/**
 * One file's issues in file order: its own (already in order), then what the cross-check
 * found. A file the cross-check found nothing in keeps its own array, so its groups (computed
 * once per array, `groupIssues`) are not redone when another file or the boundaries change.
 */
function fileIssues(
  own: readonly DatasetIssue[],
  checked: readonly DatasetIssue[],
  kind: DatasetKind,
): readonly DatasetIssue[] {
  const found = checked.filter((issue) => issue.kind === kind)
  if (found.length === 0) return own
  return [...own, ...found].sort((a, b) => a.index - b.index)
}

const NO_ISSUES: readonly DatasetIssue[] = []

/** Per file: how many records it holds, how many are shown, and every issue found. */
const summariseFiles = memoArgs(
  (
    files: FileStates,
    checked: CrossCheckResult,
    boundaries: readonly BoundaryIssue[],
    language: Locale,
  ): FileSummary[] =>
    DATASET_KINDS.map((kind) => {
      const state = files[kind]
      const parsed = state.status === 'ready' ? state.parsed : undefined
      const issues = fileIssues(parsed?.issues ?? NO_ISSUES, checked.issues, kind)
      return {
        kind,
        file: state.file ?? kind,
        status: state.status,
        total: parsed?.total ?? 0,
        shown: checked.datasets[kind].length,
        issues:
          kind === 'regions' && boundaries.length > 0
            ? [...issues, ...boundaries.map((issue) => boundaryIssue(issue, language))]
            : issues,
      }
    }),
)

export const selectFileSummaries = (s: AppState): FileSummary[] =>
  summariseFiles(
    s.files,
    selectChecked(s),
    (s.geo.status === 'ready' ? s.geo.issues : undefined) ?? NO_BOUNDARY_ISSUES,
    s.language,
  )

/**
 * Whether these data files have settled: each has loaded or failed, so a panel drawn from
 * them can stop waiting. A failed manifest settles none: its files never start, and a retry
 * may still bring them.
 */
export const selectFilesSettled =
  (kinds: readonly DatasetKind[] = DATASET_KINDS) =>
  (s: AppState): boolean =>
    kinds.every((kind) => {
      const { status } = s.files[kind]
      return status === 'ready' || status === 'error'
    })

export const selectIssueCount = (s: AppState) =>
  selectFileSummaries(s).reduce((sum, f) => sum + f.issues.length, 0)
