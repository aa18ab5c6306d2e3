import type { z } from 'zod'

import { SCHEMA_VERSION } from '../schema/common'
import {
  type DatasetKind,
  type RecordOf,
  datasetEnvelopeSchema,
  recordSchemas,
} from '../schema/datasets'
import { type DatasetIssue, type FileFault, formatPath } from './issues'

export interface ParsedDataset<K extends DatasetKind> {
  kind: K
  file: string
  records: RecordOf<K>[]
  /** Position in the file of each kept record (parallel to `records`). */
  indices: number[]
  /** Records in the file, valid or not. */
  total: number
  issues: DatasetIssue[]
}

export type ParseDatasetResult<K extends DatasetKind> =
  { ok: true; dataset: ParsedDataset<K> } | { ok: false; fault: FileFault }

/**
 * Validates a dataset file record by record: valid records are kept, each invalid one becomes
 * located issues. A record whose only fault is an unknown field is kept with a warning.
 * `range` validates only the records at positions `[start, end)` (one part of a file split
 * between workers); `total` still counts the whole file. Never throws, whatever `json` is.
 */
export function parseDataset<K extends DatasetKind>(
  kind: K,
  file: string,
  json: unknown,
  range?: { start: number; end: number },
): ParseDatasetResult<K> {
  const envelope = checkEnvelope(file, json)
  if (!envelope.ok) return envelope
  const schema: z.ZodType<RecordOf<K>> = recordSchemas[kind] as unknown as z.ZodType<
    RecordOf<K>
  >
  const records: RecordOf<K>[] = []
  const indices: number[] = []
  const issues: DatasetIssue[] = []
  const end = Math.min(range?.end ?? Infinity, envelope.records.length)
  for (let index = range?.start ?? 0; index < end; index++) {
    const raw = envelope.records[index]
    const id = readId(raw)
    const result = schema.safeParse(raw)
    if (result.success) {
      records.push(result.data)
      indices.push(index)
      continue
    }
    const onlyUnknownFields = result.error.issues.every(
      (i) => i.code === 'unrecognized_keys',
    )
    const lenient = onlyUnknownFields
      ? schema.safeParse(stripUnknown(raw, result.error))
      : null
    const severity = lenient?.success ? 'warning' : 'error'
    if (lenient?.success) {
      records.push(lenient.data)
      indices.push(index)
    }
    for (const issue of result.error.issues) {
      issues.push({
        kind,
        file,
        index,
        id,
        path: formatPath(issue.path),
        code: issue.code === 'unrecognized_keys' ? 'unknown-field' : 'invalid-record',
        severity,
        message:
          issue.code === 'unrecognized_keys' && severity === 'warning'
            ? `${issue.message} (поле не используется, запись показана)`
            : issue.message,
      })
    }
  }
  return {
    ok: true,
    dataset: { kind, file, records, indices, total: envelope.records.length, issues },
  }
}

function checkEnvelope(
  file: string,
  json: unknown,
): { ok: true; records: unknown[] } | { ok: false; fault: FileFault } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return notADataset(file)
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion
  if (version !== SCHEMA_VERSION) {
    return {
      ok: false,
      fault: {
        file,
        reason: 'schema-version',
        message: `Неподдерживаемая версия схемы: ${JSON.stringify(version) ?? 'не указана'} (ожидается ${SCHEMA_VERSION})`,
      },
    }
  }
  const envelope = datasetEnvelopeSchema.safeParse(json)
  if (!envelope.success) return notADataset(file)
  return { ok: true, records: envelope.data.records }
}

function notADataset(file: string): { ok: false; fault: FileFault } {
  return {
    ok: false,
    fault: {
      file,
      reason: 'not-a-dataset',
      message: 'Ожидается объект { "schemaVersion": 1, "records": [ … ] }',
    },
  }
}

function readId(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  const id = (raw as { id?: unknown }).id
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined
}

/** Removes the keys zod reported as unknown, at whatever depth they were found. */
function stripUnknown(raw: unknown, error: z.ZodError): unknown {
  const copy: unknown = structuredClone(raw)
  for (const issue of error.issues) {
    if (issue.code !== 'unrecognized_keys') continue
    let target: unknown = copy
    for (const part of issue.path) {
      target = (target as Record<PropertyKey, unknown> | undefined)?.[part]
    }
    if (typeof target === 'object' && target !== null) {
      for (const key of issue.keys) Reflect.deleteProperty(target, key)
    }
  }
  return copy
}

/**
 * A validation result without the records, for validating in another thread: the records are
 * where they were in the file, so only their positions travel back (copying 100,000 records
 * between threads costs more than parsing them). Records kept after dropping unknown fields
 * travel whole.
 */
export type DatasetVerdict<K extends DatasetKind> =
  | {
      ok: true
      kind: K
      file: string
      indices: number[]
      total: number
      issues: DatasetIssue[]
      repaired: { index: number; record: RecordOf<K> }[]
    }
  | { ok: false; fault: FileFault }

export function toVerdict<K extends DatasetKind>(
  result: ParseDatasetResult<K>,
): DatasetVerdict<K> {
  if (!result.ok) return result
  const { kind, file, records, indices, total, issues } = result.dataset
  const warned = new Set(
    issues.filter((issue) => issue.severity === 'warning').map((issue) => issue.index),
  )
  const repaired: { index: number; record: RecordOf<K> }[] = []
  indices.forEach((index, i) => {
    const record = records[i]
    if (warned.has(index) && record) repaired.push({ index, record })
  })
  return { ok: true, kind, file, indices, total, issues, repaired }
}

/** The records `[start, end)` of part `part` (from 0) of `parts` near-equal parts of `count`. */
export function partRange(
  part: number,
  parts: number,
  count: number,
): { start: number; end: number } {
  return {
    start: Math.floor((part * count) / parts),
    end: Math.floor(((part + 1) * count) / parts),
  }
}

/** How many records a parsed file holds; 0 when it is not a dataset (validation says why). */
export function recordCount(json: unknown): number {
  const records = (json as { records?: unknown } | null | undefined)?.records
  return Array.isArray(records) ? records.length : 0
}

/** Verdicts on consecutive parts of one file, as one verdict on the whole file. */
export function joinVerdicts<K extends DatasetKind>(
  parts: readonly DatasetVerdict<K>[],
): DatasetVerdict<K> | null {
  const [first] = parts
  if (!first) return null
  const fault = parts.find((part) => !part.ok)
  if (fault || !first.ok) return fault ?? first
  const ok = parts.filter((part) => part.ok)
  return {
    ...first,
    indices: ok.flatMap((part) => part.indices),
    issues: ok.flatMap((part) => part.issues),
    repaired: ok.flatMap((part) => part.repaired),
  }
}

/** The result `parseDataset` gives for `json`, rebuilt from a verdict on the same file. */
export function fromVerdict<K extends DatasetKind>(
  json: unknown,
  verdict: DatasetVerdict<K>,
): ParseDatasetResult<K> {
  if (!verdict.ok) return verdict
  const { kind, file, indices, total, issues } = verdict
  const raw = (json as { records: unknown[] }).records
  const repaired = new Map(verdict.repaired.map((r) => [r.index, r.record]))
  const records = indices.map(
    // Valid by the verdict: the schemas have no defaults or transforms, so a valid record
    // parses to an equal copy of itself.
    (index) => repaired.get(index) ?? (raw[index] as RecordOf<K>),
  )
  return { ok: true, dataset: { kind, file, records, indices, total, issues } }
}
