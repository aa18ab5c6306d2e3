import { DATASET_KINDS, type DatasetKind } from '../schema/values'
import { crossCheck, type ParsedDatasets } from '../load/cross-check'
import { parseJsonText } from '../load/parse-json'
import { type ParsedDataset, loadedAsParsed, parseDataset } from '../load/parse-dataset'
import type { Datasets } from '../schema/datasets'
import { type Manifest, manifestSchema } from '../schema/manifest'
import type { ImportFault, ImportIssue } from './messages'

/** One file of the app's own JSON contract, as the user dropped it. */
export interface ContractFile {
  name: string
  text: string
}

/** What checking a folder (or a few files) of the contract found. */
export interface ContractCheck {
  /** Valid records of each file given, after the cross-checks. */
  datasets: Partial<Datasets>
  /** The dataset each file was taken as. */
  kinds: Record<string, DatasetKind | 'manifest'>
  manifest?: Manifest
  /** Problems by record: `row` is the record number in the file, from 1. */
  issues: ImportIssue[]
  faults: ImportFault[]
}

const SCHEMA_REF = /(?:^|\/)([a-z]+)\.schema\.json$/

const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name

/** Which dataset a file is: by the manifest's list, by its name, or by its `$schema`. */
function kindOf(
  name: string,
  json: unknown,
  manifest?: Manifest,
): DatasetKind | undefined {
  const base = baseName(name)
  if (manifest)
    for (const kind of DATASET_KINDS)
      if (baseName(manifest.files[kind]) === base) return kind
  const stem = base.replace(/\.json$/i, '')
  if ((DATASET_KINDS as readonly string[]).includes(stem)) return stem as DatasetKind
  const ref = (json as { $schema?: unknown } | null)?.$schema
  const fromRef = typeof ref === 'string' ? SCHEMA_REF.exec(ref)?.[1] : undefined
  return (DATASET_KINDS as readonly string[]).includes(fromRef ?? '')
    ? (fromRef as DatasetKind)
    : undefined
}

/**
 * Checks files of the app's own JSON contract before they are published: each goes through
 * `parseDataset`, then all through `crossCheck`. Datasets not among the files are taken from
 * `data` (the loaded set), so one `enterprises.json` is checked against the loaded industries,
 * municipalities and sources; their own issues are not reported.
 */
export function checkContractFiles(
  files: readonly ContractFile[],
  data: Datasets,
): ContractCheck {
  const faults: ImportFault[] = []
  const kinds: ContractCheck['kinds'] = {}
  const jsons = new Map<string, unknown>()
  let manifest: Manifest | undefined
  for (const file of files) {
    const parsed = parseJsonText(file.name, file.text)
    if (!parsed.ok) {
      faults.push({
        file: file.name,
        reason: 'malformed-json',
        message: { ru: parsed.fault.message, en: 'The file is not valid JSON' },
      })
      continue
    }
    if (baseName(file.name) === 'manifest.json') {
      kinds[file.name] = 'manifest'
      const checked = manifestSchema.safeParse(parsed.value)
      if (checked.success) manifest = checked.data
      else
        faults.push({
          file: file.name,
          reason: 'not-a-dataset',
          message: {
            ru: `manifest.json не соответствует схеме: ${checked.error.issues.map((i) => `${i.path.join('.')} — ${i.message}`).join('; ')}`,
            en: 'manifest.json does not match its schema',
          },
        })
      continue
    }
    jsons.set(file.name, parsed.value)
  }
  const given: ParsedDatasets = {}
  for (const [name, json] of jsons) {
    const kind = kindOf(name, json, manifest)
    if (!kind) {
      faults.push(notADataset(name))
      continue
    }
    kinds[name] = kind
    const parsed = parseDataset(kind, name, json)
    if (!parsed.ok)
      faults.push({
        file: name,
        reason: 'not-a-dataset',
        message: { ru: parsed.fault.message, en: 'Not a dataset file of this version' },
      })
    else (given as Record<DatasetKind, ParsedDataset<DatasetKind>>)[kind] = parsed.dataset
  }
  const all: ParsedDatasets = {}
  for (const kind of DATASET_KINDS) {
    ;(all as Record<DatasetKind, ParsedDataset<DatasetKind>>)[kind] =
      given[kind] ?? loadedAsParsed(kind, data[kind])
  }
  const checked = crossCheck(all)
  const issues: ImportIssue[] = []
  for (const kind of DATASET_KINDS)
    for (const issue of given[kind]?.issues ?? []) issues.push(toIssue(issue))
  for (const issue of checked.issues)
    if (issue.index >= 0 && given[issue.kind]) issues.push(toIssue(issue))
  const datasets: Partial<Datasets> = {}
  for (const kind of DATASET_KINDS) {
    const own = given[kind]
    if (!own) continue
    // A record whose id the loaded data already has is listed, never shown a second time.
    const loadedIds = new Set(data[kind].map((r) => r.id))
    const at = new Map<string, number>()
    own.records.forEach((r, i) => {
      if (!at.has(r.id)) at.set(r.id, own.indices[i] ?? 0)
    })
    const kept: { id: string }[] = []
    for (const record of checked.datasets[kind] as { id: string }[]) {
      if (!loadedIds.has(record.id)) kept.push(record)
      else issues.push(alreadyLoaded(own.file, record.id, at.get(record.id)))
    }
    ;(datasets as Record<DatasetKind, unknown>)[kind] = kept
  }
  return { datasets, kinds, manifest, issues, faults }
}

function alreadyLoaded(file: string, id: string, index = 0): ImportIssue {
  return {
    file,
    row: index + 1,
    field: 'id',
    id,
    code: 'duplicate-id',
    severity: 'error',
    message: {
      ru: `Идентификатор «${id}» уже есть в загруженных данных: запись не показана`,
      en: `Id "${id}" is already in the loaded data: record not shown`,
    },
  }
}

function toIssue(issue: ParsedDataset<DatasetKind>['issues'][number]): ImportIssue {
  return {
    file: issue.file,
    row: issue.index + 1,
    field: issue.path,
    id: issue.id,
    code: issue.code,
    severity: issue.severity,
    message: {
      ru: issue.message,
      en: `${issue.code}${issue.path ? ` (${issue.path})` : ''}: ${issue.message}`,
    },
  }
}

function notADataset(file: string): ImportFault {
  return {
    file,
    reason: 'not-a-dataset',
    message: {
      ru: 'Не понятно, какой это файл набора: назовите его как в manifest.json (enterprises.json…) или укажите $schema',
      en: 'Cannot tell which dataset file this is: name it as in manifest.json (enterprises.json…) or give its $schema',
    },
  }
}
