import { type DatasetVerdict, joinVerdicts } from '@/domain/load/parse-dataset'
import type { DatasetKind } from '@/domain/schema/datasets'

import type { ValidateRequest } from './validate-worker'

/**
 * Files longer than this are validated in workers; below it a worker costs more to start
 * than it saves. At 100,000 enterprises validation is about a second of main-thread time.
 */
export const WORKER_MIN_CHARS = 1_000_000

/** A file is split between workers in parts of about this many characters. */
const CHARS_PER_WORKER = 16_000_000

/**
 * Validates a dataset file's text in workers, in parallel with the page: a large file is split
 * by record positions between up to as many workers as the machine has cores (each parses the
 * text; only the validation is divided). `null` when workers are unavailable or one fails:
 * the caller then validates on the main thread, so the result never depends on the workers.
 */
export async function validateElsewhere<K extends DatasetKind>(
  kind: K,
  file: string,
  text: string,
): Promise<DatasetVerdict<K> | null> {
  if (typeof Worker === 'undefined' || text.length < WORKER_MIN_CHARS) return null
  const cores = Math.max(1, navigator.hardwareConcurrency || 1)
  const parts = Math.min(cores, Math.ceil(text.length / CHARS_PER_WORKER))
  const verdicts = await Promise.all(
    Array.from({ length: parts }, (_, part) =>
      validatePart<K>({ kind, file, text, part, parts }),
    ),
  )
  return verdicts.some((verdict) => verdict === null)
    ? null
    : joinVerdicts(verdicts as DatasetVerdict<K>[])
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
