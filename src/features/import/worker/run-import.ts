import {
  type ImportOptions,
  type ImportPhase,
  type ImportResult,
  importFile,
} from '@/domain/import/import-file'

import type { ImportRequest, WorkerMessage } from './protocol'

export interface ImportProgressState {
  file: string
  phase: ImportPhase
  done: number
  total: number
}

export interface RunImport {
  name: string
  /** Handed to the worker (its buffer is transferred) and handed back with the result. */
  bytes: Uint8Array
  options: Omit<ImportOptions, 'onProgress'>
  onProgress: (progress: ImportProgressState) => void
  signal: AbortSignal
}

export interface RanImport {
  result: ImportResult
  bytes: Uint8Array
}

/** Thrown when the user cancelled: nothing read is kept. */
export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled')
    this.name = 'ImportCancelled'
  }
}

/** A worker to read one file; `undefined` where there is none (unit tests in jsdom). */
type WorkerFactory = () => Worker | undefined

const defaultWorker: WorkerFactory = () =>
  typeof Worker === 'undefined'
    ? undefined
    : new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })

let makeWorker: WorkerFactory = defaultWorker

/** Replaces how workers are made (tests); `undefined` restores the default. */
export function setImportWorkerFactory(factory?: WorkerFactory): void {
  makeWorker = factory ?? defaultWorker
}

/**
 * Reads one file off the main thread: progress as it goes, the result's records gathered from
 * the parts the worker sends. Aborting terminates the worker at once. Without Worker it runs
 * here, with the same progress.
 */
export async function runImport(run: RunImport): Promise<RanImport> {
  const { name, options, onProgress, signal } = run
  if (signal.aborted) throw new ImportCancelled()
  const worker = makeWorker()
  if (!worker) {
    const result = await importFile(name, run.bytes, {
      ...options,
      onProgress: (phase, done, total) => onProgress({ file: name, phase, done, total }),
    })
    if (signal.aborted) throw new ImportCancelled()
    return { result, bytes: run.bytes }
  }
  // The whole buffer is transferred: a view on part of one is copied first.
  const whole =
    run.bytes.byteOffset === 0 && run.bytes.byteLength === run.bytes.buffer.byteLength
      ? run.bytes
      : run.bytes.slice()
  const buffer = whole.buffer as ArrayBuffer
  return new Promise<RanImport>((resolve, reject) => {
    const records: unknown[] = []
    const rows: number[] = []
    const stop = () => {
      worker.terminate()
      signal.removeEventListener('abort', cancel)
    }
    const cancel = () => {
      stop()
      reject(new ImportCancelled())
    }
    signal.addEventListener('abort', cancel)
    worker.onerror = (event) => {
      stop()
      reject(new Error(event.message || 'the import worker failed'))
    }
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data
      switch (message.type) {
        case 'progress':
          onProgress({
            file: name,
            phase: message.phase,
            done: message.done,
            total: message.total,
          })
          return
        case 'part':
          for (const record of message.records) records.push(record)
          for (const row of message.rows) rows.push(row)
          return
        case 'failed':
          stop()
          reject(new Error(message.message))
          return
        case 'done': {
          stop()
          const { result } = message
          const whole =
            result.ok && result.format !== 'contract'
              ? ({ ...result, records, rows } as ImportResult)
              : result
          resolve({ result: whole, bytes: new Uint8Array(message.buffer) })
        }
      }
    }
    const request: ImportRequest = { type: 'import', name, buffer, options }
    worker.postMessage(request, [buffer])
  })
}
