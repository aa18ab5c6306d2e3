import type { FileFault } from '@/domain/load/issues'
import { type JsonResult, parseJsonText } from '@/domain/load/parse-json'
import { nextTask } from '@/shared/tasks/next-task'

/** A response body read and parsed as JSON, and its length in characters. */
export type ReadJson = { result: JsonResult; chars: number }

export type ToWorker =
  | { id: number; type: 'chunk'; bytes: Uint8Array }
  | { id: number; type: 'end'; file: string; contentType: string }
  | { id: number; type: 'cancel' }

export type FromWorker =
  | { id: number; type: 'fault'; fault: FileFault }
  | { id: number; type: 'value'; value: unknown; chars: number }
  | { id: number; type: 'envelope'; rest: object; chars: number }
  | { id: number; type: 'records'; records: unknown[] }
  | { id: number; type: 'done' }
  | { id: number; type: 'text'; text: string }

interface Reading {
  file: string
  contentType: string
  envelope?: { rest: object; chars: number; records: unknown[] }
  resolve: (read: ReadJson) => void
  reject: (error: unknown) => void
}

/** How long the body is handed over before the page may answer input. */
const SLICE_MS = 20

let worker: Worker | undefined
let nextId = 0
const readings = new Map<number, Reading>()

/** Whether this page can parse off its thread (not under jsdom, nor without streams). */
export const canParseOffThread = (): boolean =>
  typeof Worker !== 'undefined' && typeof ReadableStream !== 'undefined'

function theWorker(): Worker {
  if (worker) return worker
  const created = new Worker(new URL('./json.worker.ts', import.meta.url), {
    type: 'module',
  })
  created.onmessage = (event: MessageEvent<FromWorker>) => receive(event.data)
  created.onerror = (event) => {
    event.preventDefault()
    // A worker that cannot start: every file still being read is read on the page instead.
    for (const reading of readings.values())
      reading.reject(new WorkerFailed('worker failed'))
    readings.clear()
    created.terminate()
    worker = undefined
  }
  worker = created
  return created
}

function receive(message: FromWorker): void {
  const reading = readings.get(message.id)
  if (!reading) return
  const settle = (read: ReadJson) => {
    readings.delete(message.id)
    reading.resolve(read)
  }
  switch (message.type) {
    case 'fault':
      return settle({ result: { ok: false, fault: message.fault }, chars: 0 })
    case 'value':
      return settle({ result: { ok: true, value: message.value }, chars: message.chars })
    case 'envelope':
      reading.envelope = { rest: message.rest, chars: message.chars, records: [] }
      return
    case 'records':
      // Pushed one by one: spreading a thousand arguments is fine, a million is not.
      for (const record of message.records) reading.envelope?.records.push(record)
      return
    case 'done': {
      const envelope = reading.envelope
      if (!envelope) return
      const value = { ...envelope.rest, records: envelope.records }
      return settle({ result: { ok: true, value }, chars: envelope.chars })
    }
    case 'text':
      return settle({
        result: parseJsonText(reading.file, message.text, reading.contentType),
        chars: message.text.length,
      })
  }
}

/** The worker could not run; the file is read again on the page. */
export class WorkerFailed extends Error {}

/**
 * Reads a response body in a worker: its bytes are handed over as they arrive (not copied)
 * and the parsed value comes back in pieces, so neither decoding nor parsing a large file
 * blocks the page. The result is what `parseJsonText` gives for the body's text. Rejects if
 * the worker cannot run, after which the caller reads the body itself.
 */
export async function readJsonOffThread(
  body: ReadableStream<Uint8Array>,
  file: string,
  contentType: string,
): Promise<ReadJson> {
  const target = theWorker()
  const id = nextId++
  const done = new Promise<ReadJson>((resolve, reject) =>
    readings.set(id, { file, contentType, resolve, reject }),
  )
  const reader = body.getReader()
  try {
    let until = performance.now() + SLICE_MS
    for (;;) {
      // A body already in memory is read in microtasks alone: let the page answer now and then.
      if (performance.now() > until) {
        await nextTask()
        until = performance.now() + SLICE_MS
      }
      const { done: ended, value } = await reader.read()
      if (ended) break
      const message: ToWorker = { id, type: 'chunk', bytes: value }
      target.postMessage(message, [value.buffer])
    }
  } catch (error) {
    // Aborted (a timeout) or cut off: the worker forgets the bytes it has.
    readings.delete(id)
    const cancel: ToWorker = { id, type: 'cancel' }
    target.postMessage(cancel)
    throw error
  }
  const end: ToWorker = { id, type: 'end', file, contentType }
  target.postMessage(end)
  return done
}
