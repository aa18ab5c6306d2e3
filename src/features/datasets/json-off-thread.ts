import type { FileFault } from '@/domain/load/issues'
import { type JsonResult, parseJsonText } from '@/domain/load/parse-json'

import { type StringTable, shareStrings } from './share-strings'

/** A response body read and parsed as JSON, and its length in characters. */
export type ReadJson = { result: JsonResult; chars: number }

export type ToWorker =
  | { id: number; type: 'fetch'; url: string; file: string; contentType: string }
  | { id: number; type: 'cancel' }

export type FromWorker =
  | { id: number; type: 'failed' }
  | { id: number; type: 'fault'; fault: FileFault }
  | { id: number; type: 'value'; value: unknown; chars: number }
  | { id: number; type: 'envelope'; rest: object; chars: number }
  | { id: number; type: 'records'; records: unknown[] }
  | { id: number; type: 'done' }
  | { id: number; type: 'text'; text: string }

interface Reading {
  file: string
  contentType: string
  /** The file's value as it arrives; `strings` is dropped with it once the file is read. */
  envelope?: { rest: object; chars: number; records: unknown[]; strings: StringTable }
  resolve: (read: ReadJson) => void
  reject: (error: unknown) => void
}

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
    case 'failed':
      readings.delete(message.id)
      return reading.reject(new WorkerFailed('the worker could not fetch the file'))
    case 'fault':
      return settle({ result: { ok: false, fault: message.fault }, chars: 0 })
    case 'value':
      return settle({ result: { ok: true, value: message.value }, chars: message.chars })
    case 'envelope':
      reading.envelope = {
        rest: message.rest,
        chars: message.chars,
        records: [],
        strings: new Map(),
      }
      return
    case 'records': {
      const envelope = reading.envelope
      if (!envelope) return
      // Pushed one by one: spreading a thousand arguments is fine, a million is not.
      for (const record of message.records) {
        shareStrings(record, envelope.strings)
        envelope.records.push(record)
      }
      return
    }
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

/** Why `signal` aborted, as an error. */
const abortError = (signal: AbortSignal): Error =>
  signal.reason instanceof Error
    ? signal.reason
    : new DOMException('aborted', 'AbortError')

/** The worker could not run; the file is read again on the page. */
export class WorkerFailed extends Error {}

/**
 * Fetches a file in a worker and parses it there: reading a body of tens of megabytes on the
 * page was itself a task of 200–500 ms, decoding and parsing it seconds more. The page has
 * fetched `url` already (its status and type are checked there); the worker fetches the final
 * address again and hands the parsed value back in pieces, so the page takes it in short
 * tasks. The result is what `parseJsonText` gives for the body's text. Rejects with
 * `WorkerFailed` if the worker cannot run or fetch (the caller then reads the file on the
 * page, and any fault is found there), and with an `AbortError` when `signal` aborts.
 */
export function fetchJsonOffThread(
  url: string,
  file: string,
  contentType: string,
  signal: AbortSignal,
): Promise<ReadJson> {
  const target = theWorker()
  const id = nextId++
  return new Promise<ReadJson>((resolve, reject) => {
    if (signal.aborted) return reject(abortError(signal))
    const abort = () => {
      // A timeout: the worker stops its request and forgets the bytes it has.
      readings.delete(id)
      const cancel: ToWorker = { id, type: 'cancel' }
      target.postMessage(cancel)
      reject(abortError(signal))
    }
    signal.addEventListener('abort', abort, { once: true })
    const settled =
      <T>(then: (value: T) => void) =>
      (value: T) => {
        signal.removeEventListener('abort', abort)
        then(value)
      }
    readings.set(id, {
      file,
      contentType,
      resolve: settled(resolve),
      reject: settled(reject),
    })
    const start: ToWorker = { id, type: 'fetch', url, file, contentType }
    target.postMessage(start)
  })
}
