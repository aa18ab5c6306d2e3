import {
  type DatasetVerdict,
  type ParseDatasetResult,
  fromVerdict,
  joinVerdicts,
  parseDataset,
  recordCount,
  toVerdict,
} from '@/domain/load/parse-dataset'
import type { DatasetKind } from '@/domain/schema/datasets'

import type { FromWorker, ToWorker } from './validate-worker'

/**
 * Files longer than this are shared with a worker; below it a worker costs more to start than
 * it saves. At 100,000 enterprises validation is about a second of main-thread time.
 */
export const WORKER_MIN_CHARS = 4_000_000

/** One more worker per this many characters, up to one per core beside the page's. */
const CHARS_PER_WORKER = 16_000_000

/** Records validated per hand-out: small enough to balance, large enough to cost no time. */
export const RANGE_SIZE = 2_000

export interface SharedValidation<K extends DatasetKind> {
  /**
   * Validates the parsed file together with the workers: the same result as `parseDataset`
   * on the whole file. A worker that fails gives its range back, so the result never depends
   * on the workers.
   */
  finish(json: unknown): Promise<ParseDatasetResult<K>>
  /** Ends the workers (the text was not JSON after all). */
  cancel(): void
}

/**
 * Starts sharing the validation of a large dataset file with workers, which parse their own
 * copy of the text meanwhile. Once this thread has parsed the file (`finish`), it and every
 * ready worker take ranges of records from one queue until none is left: whoever is faster
 * does more, whatever else runs on the machine. `null` for small files or without workers.
 */
export function shareValidation<K extends DatasetKind>(
  kind: K,
  file: string,
  text: string,
): SharedValidation<K> | null {
  if (typeof Worker === 'undefined' || text.length < WORKER_MIN_CHARS) return null
  const spare = (navigator.hardwareConcurrency || 1) - 1
  const count = Math.min(spare, Math.ceil(text.length / CHARS_PER_WORKER))
  const workers: Worker[] = []
  for (let i = 0; i < count; i++) {
    try {
      workers.push(
        new Worker(new URL('./validate-worker.ts', import.meta.url), {
          type: 'module',
          name: `validate ${file}`,
        }),
      )
    } catch {
      break
    }
  }
  if (workers.length === 0) return null
  // A worker may be ready before this thread has parsed the file: note it until then.
  const ready = new Set<Worker>()
  const first: ToWorker = { type: 'file', kind, file, text }
  for (const worker of workers) {
    worker.onmessage = () => ready.add(worker)
    worker.postMessage(first)
  }
  return {
    finish: (json) => validateTogether(kind, file, json, workers, ready),
    cancel: () => workers.forEach((worker) => worker.terminate()),
  }
}

async function validateTogether<K extends DatasetKind>(
  kind: K,
  file: string,
  json: unknown,
  workers: Worker[],
  ready: ReadonlySet<Worker>,
): Promise<ParseDatasetResult<K>> {
  const total = recordCount(json)
  const queue: { start: number; end: number }[] = []
  for (let start = 0; start < total; start += RANGE_SIZE)
    queue.push({ start, end: Math.min(total, start + RANGE_SIZE) })
  if (queue.length === 0) queue.push({ start: 0, end: 0 })
  const done: { start: number; verdict: DatasetVerdict<K> }[] = []
  const busy = new Map<Worker, { start: number; end: number }>()
  let wake: (() => void) | null = null
  const changed = () => {
    wake?.()
    wake = null
  }
  const handOut = (worker: Worker) => {
    const range = queue.shift()
    if (!range) {
      worker.terminate()
      return
    }
    busy.set(worker, range)
    const message: ToWorker = { type: 'range', ...range }
    worker.postMessage(message)
  }
  const drop = (worker: Worker) => {
    const range = busy.get(worker)
    busy.delete(worker)
    worker.terminate()
    if (range) queue.unshift(range)
    changed()
  }
  for (const worker of workers) {
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'verdict') {
        busy.delete(worker)
        done.push({ start: data.start, verdict: data.verdict as DatasetVerdict<K> })
        changed()
      }
      handOut(worker)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      drop(worker)
    }
    worker.onmessageerror = () => drop(worker)
    if (ready.has(worker)) handOut(worker)
  }
  // This thread takes ranges too, yielding between them so workers get their next one.
  while (queue.length > 0 || busy.size > 0) {
    const range = queue.shift()
    if (range) {
      done.push({
        start: range.start,
        verdict: toVerdict(parseDataset(kind, file, json, range)),
      })
      await nextTask()
    } else {
      await new Promise<void>((resolve) => (wake = resolve))
    }
  }
  for (const worker of workers) worker.terminate()
  const joined = joinVerdicts(
    done.sort((a, b) => a.start - b.start).map((d) => d.verdict),
  )
  return joined ? fromVerdict(json, joined) : parseDataset(kind, file, json)
}

/** Resolves in a new task, after pending messages, without the clamping of `setTimeout`. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}
