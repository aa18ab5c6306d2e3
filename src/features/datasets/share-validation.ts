import {
  type DatasetVerdict,
  type ParseDatasetResult,
  fromVerdict,
  joinVerdicts,
  parseDataset,
  partRange,
  recordCount,
  toVerdict,
} from '@/domain/load/parse-dataset'
import type { DatasetKind } from '@/domain/schema/datasets'

import type { ValidateRequest } from './validate-worker'

/**
 * Files longer than this are shared with workers; below it a worker costs more to start than
 * it saves. At 100,000 enterprises validation is about a second of main-thread time.
 */
export const WORKER_MIN_CHARS = 4_000_000

/** A shared file gets one more part per this many characters, up to the cores there are. */
const CHARS_PER_PART = 8_000_000

export interface SharedValidation<K extends DatasetKind> {
  /**
   * Validates this thread's part of the parsed file and joins the workers' parts: the same
   * result as `parseDataset` on the whole file. `null` when a worker failed; the caller then
   * validates the whole file itself, so the result never depends on the workers.
   */
  finish(json: unknown): Promise<ParseDatasetResult<K> | null>
}

/**
 * Starts validating a large dataset file in workers, in parallel with the page: the file is
 * split by record position between this thread (part 0, validated in `finish` after it has
 * parsed its own copy) and one worker per further part. Every worker parses the whole text
 * again, so parts are few: on two cores, one worker and the page (measured: the page idled
 * while workers alone took twice as long). `null` for small files or without workers.
 */
export function shareValidation<K extends DatasetKind>(
  kind: K,
  file: string,
  text: string,
): SharedValidation<K> | null {
  if (typeof Worker === 'undefined' || text.length < WORKER_MIN_CHARS) return null
  const cores = Math.max(1, navigator.hardwareConcurrency || 1)
  const parts = Math.max(1, Math.min(cores, Math.ceil(text.length / CHARS_PER_PART)))
  if (parts < 2) return null
  const others = Promise.all(
    Array.from({ length: parts - 1 }, (_, i) =>
      validatePart<K>({ kind, file, text, part: i + 1, parts }),
    ),
  )
  return {
    async finish(json) {
      const range = partRange(0, parts, recordCount(json))
      const own = toVerdict(parseDataset(kind, file, json, range))
      const rest = await others
      if (rest.some((verdict) => verdict === null)) return null
      const joined = joinVerdicts([own, ...(rest as DatasetVerdict<K>[])])
      return joined && fromVerdict(json, joined)
    },
  }
}

function validatePart<K extends DatasetKind>(
  request: ValidateRequest,
): Promise<DatasetVerdict<K> | null> {
  return new Promise((resolve) => {
    let worker: Worker
    try {
      worker = new Worker(new URL('./validate-worker.ts', import.meta.url), {
        type: 'module',
        name: `validate ${request.file}`,
      })
    } catch {
      resolve(null)
      return
    }
    const finish = (verdict: DatasetVerdict<K> | null) => {
      worker.terminate()
      resolve(verdict)
    }
    worker.onmessage = ({ data }: MessageEvent<DatasetVerdict<K>>) => finish(data)
    worker.onerror = (event) => {
      event.preventDefault()
      finish(null)
    }
    worker.onmessageerror = () => finish(null)
    worker.postMessage(request)
  })
}
