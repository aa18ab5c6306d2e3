import { SCHEMA_VERSION, type DatasetKind } from '../schema/values'
import { z } from 'zod'

import { nextTask } from '@/shared/tasks/next-task'

import { type RecordOf, datasetEnvelopeSchema, recordSchemas } from '../schema/datasets'
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
 * Never throws, whatever `json` is.
 */
export function parseDataset<K extends DatasetKind>(
  kind: K,
  file: string,
  json: unknown,
  /** A quicker check that passes only valid records (see `fast-check.ts`); zod checks the rest. */
  fastCheck?: (raw: unknown) => boolean,
): ParseDatasetResult<K> {
  const envelope = checkEnvelope(file, json)
  if (!envelope.ok) return envelope
  const parser = recordParser(kind, file, fastCheck)
  for (let index = 0; index < envelope.records.length; index++)
    parser.check(envelope.records[index], index)
  return { ok: true, dataset: parser.dataset(envelope.records.length) }
}

/** How long `parseDatasetInSlices` checks records before it lets the page answer input. */
const SLICE_MS = 40

/** Files with more records than this are checked from the task after the one that read them. */
const YIELD_FIRST_FROM = 2_000

/**
 * `parseDataset` in slices of about 40 ms with a macrotask between them, so a file of
 * 200,000 invalid records (each a zod error) never blocks the page for seconds.
 */
export async function parseDatasetInSlices<K extends DatasetKind>(
  kind: K,
  file: string,
  json: unknown,
  fastCheck?: (raw: unknown) => boolean,
): Promise<ParseDatasetResult<K>> {
  const envelope = checkEnvelope(file, json)
  if (!envelope.ok) return envelope
  const parser = recordParser(kind, file, fastCheck)
  const { records } = envelope
  // A large file was just read and parsed in this task: check its records from the next.
  if (records.length > YIELD_FIRST_FROM) await nextTask()
  let index = 0
  while (index < records.length) {
    const until = performance.now() + SLICE_MS
    do parser.check(records[index], index++)
    while (index < records.length && (index % 64 !== 0 || performance.now() < until))
    if (index < records.length) await nextTask()
  }
  return { ok: true, dataset: parser.dataset(records.length) }
}

/** Checks records one at a time, keeping the valid ones and the issues of the rest. */
function recordParser<K extends DatasetKind>(
  kind: K,
  file: string,
  fastCheck: ((raw: unknown) => boolean) | undefined,
) {
  const schema: z.ZodType<RecordOf<K>> = recordSchemas[kind] as unknown as z.ZodType<
    RecordOf<K>
  >
  const records: RecordOf<K>[] = []
  const indices: number[] = []
  const issues: DatasetIssue[] = []
  const byType = new Map<string, readonly z.core.$ZodIssue[]>()
  return {
    check(raw: unknown, index: number): void {
      try {
        checkRecord(raw, index)
      } catch (error) {
        // A fault in one record never stops the file: it becomes that record's issue.
        issues.push({
          kind,
          file,
          index,
          id: readId(raw),
          path: '',
          code: 'invalid-record',
          severity: 'error',
          message: boundMessage(`Запись не удалось проверить: ${describeError(error)}`),
        })
      }
    },
    dataset: (total: number): ParsedDataset<K> => ({
      kind,
      file,
      records,
      indices,
      total,
      issues,
    }),
  }

  function checkRecord(raw: unknown, index: number): void {
    if (fastCheck?.(raw)) {
      // Valid: the schemas have no defaults or transforms, so zod would return an equal copy.
      records.push(raw as RecordOf<K>)
      indices.push(index)
      return
    }
    const id = readId(raw)
    const result = validate(raw)
    if (result.ok) {
      records.push(result.data)
      indices.push(index)
      return
    }
    const onlyUnknownFields = result.issues.every((i) => i.code === 'unrecognized_keys')
    const lenient = onlyUnknownFields
      ? schema.safeParse(stripUnknown(raw, result.issues))
      : null
    const severity = lenient?.success ? 'warning' : 'error'
    if (lenient?.success) {
      records.push(lenient.data)
      indices.push(index)
    }
    for (const issue of result.issues) {
      issues.push({
        kind,
        file,
        index,
        id,
        path: formatPath(issue.path),
        code: issue.code === 'unrecognized_keys' ? 'unknown-field' : 'invalid-record',
        severity,
        message: boundMessage(
          issue.code === 'unrecognized_keys' && severity === 'warning'
            ? `${issue.message} (поле не используется, запись показана)`
            : issue.message,
        ),
      })
    }
  }

  /**
   * `schema.safeParse` without the `ZodError` it builds around the issues (an `Error` per
   * invalid record, most of the cost of 200,000 of them): the same run and the same
   * finalised issues. A value that is not an object gets the issues of the first value of its
   * type: zod's only issue for it names the type, never the value.
   */
  function validate(
    raw: unknown,
  ):
    { ok: true; data: RecordOf<K> } | { ok: false; issues: readonly z.core.$ZodIssue[] } {
    const tag = nonObjectTag(raw)
    const known = tag === undefined ? undefined : byType.get(tag)
    if (known) return { ok: false, issues: known }
    const ctx = { async: false } as const
    const run = schema._zod.run({ value: raw, issues: [] }, ctx)
    if (run instanceof Promise) {
      const parsed = schema.safeParse(raw)
      return parsed.success
        ? { ok: true, data: parsed.data }
        : { ok: false, issues: parsed.error.issues }
    }
    if (run.issues.length === 0) return { ok: true, data: run.value as RecordOf<K> }
    const config = z.core.config()
    const found = run.issues.map((issue) => z.core.util.finalizeIssue(issue, ctx, config))
    if (tag !== undefined) byType.set(tag, found)
    return { ok: false, issues: found }
  }
}

/** The JSON type of a value that is not an object (arrays included), or undefined. */
function nonObjectTag(raw: unknown): string | undefined {
  if (raw === null) return 'null'
  if (Array.isArray(raw)) return 'array'
  const type = typeof raw
  if (type === 'string' || type === 'boolean') return type
  return type === 'number' && Number.isFinite(raw) ? type : undefined
}

/**
 * Records that are already loaded, posing as a parsed file so `crossCheck` sees them beside new
 * ones; negative indices mark them as not from the file being checked.
 */
export function loadedAsParsed(
  kind: DatasetKind,
  records: readonly unknown[],
): ParsedDataset<DatasetKind> {
  return {
    kind,
    file: kind,
    records: records as ParsedDataset<DatasetKind>['records'],
    indices: records.map((_, i) => -1 - i),
    total: records.length,
    issues: [],
  }
}

/** The longest message an issue carries; a record with 200,000 unknown keys gets one line. */
export const MAX_MESSAGE_LENGTH = 300

/** Cuts a message to `MAX_MESSAGE_LENGTH`, saying how much was left out. */
function boundMessage(message: string): string {
  if (message.length <= MAX_MESSAGE_LENGTH) return message
  const rest = message.length - MAX_MESSAGE_LENGTH
  return `${message.slice(0, MAX_MESSAGE_LENGTH)}… (ещё ${rest} знаков)`
}

function describeError(error: unknown): string {
  if (error instanceof RangeError) return 'слишком глубокая вложенность значений'
  return error instanceof Error ? error.message : String(error)
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

/**
 * Removes the keys zod reported as unknown, at whatever depth they were found. Only the
 * objects on the way to those keys are copied: the unknown values themselves, however deep or
 * large, are never walked (nor is the input changed).
 */
function stripUnknown(raw: unknown, issues: readonly z.core.$ZodIssue[]): unknown {
  const copies = new WeakSet<object>()
  const own = (value: object): Record<PropertyKey, unknown> => {
    if (copies.has(value)) return value as Record<PropertyKey, unknown>
    const copy = Array.isArray(value) ? [...(value as unknown[])] : { ...value }
    copies.add(copy)
    return copy
  }
  const root: Record<PropertyKey, unknown> = { value: raw }
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue
    let parent = root
    let key: PropertyKey = 'value'
    for (const part of [...issue.path, null]) {
      const child = parent[key]
      if (typeof child !== 'object' || child === null) break
      const copy = own(child)
      parent[key] = copy
      if (part === null) {
        for (const unknownKey of issue.keys) Reflect.deleteProperty(copy, unknownKey)
        break
      }
      parent = copy
      key = part
    }
  }
  return root.value
}
