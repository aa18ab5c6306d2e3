/// <reference lib="webworker" />
import { parseJsonText } from '@/domain/load/parse-json'

import type { FromWorker, ToWorker } from './json-off-thread'

/**
 * Reads a data file off the page's thread: decodes the bytes as they arrive and parses the
 * JSON (a 50 MB file is seconds of both), then sends the value back, its `records` a
 * thousand at a time, so the page takes it in short tasks. A value that cannot be sent (too
 * deeply nested to copy) goes back as its text, to be read on the page as before.
 */
const RECORDS_PER_MESSAGE = 1000

const scope = self as unknown as DedicatedWorkerGlobalScope
const reading = new Map<number, { decoder: TextDecoder; parts: string[] }>()

const post = (message: FromWorker) => scope.postMessage(message)

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data
  if (message.type === 'cancel') {
    reading.delete(message.id)
    return
  }
  let file = reading.get(message.id)
  if (!file) {
    file = { decoder: new TextDecoder(), parts: [] }
    reading.set(message.id, file)
  }
  if (message.type === 'chunk') {
    file.parts.push(file.decoder.decode(message.bytes, { stream: true }))
    return
  }
  reading.delete(message.id)
  file.parts.push(file.decoder.decode())
  const text = file.parts.join('')
  const { id } = message
  const result = parseJsonText(message.file, text, message.contentType)
  if (!result.ok) return post({ id, type: 'fault', fault: result.fault })
  try {
    sendValue(id, result.value, text.length)
  } catch {
    post({ id, type: 'text', text })
  }
}

function sendValue(id: number, value: unknown, chars: number): void {
  const records =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as { records?: unknown }).records
      : undefined
  if (!Array.isArray(records)) return post({ id, type: 'value', value, chars })
  post({ id, type: 'envelope', rest: { ...(value as object), records: [] }, chars })
  for (let from = 0; from < records.length; from += RECORDS_PER_MESSAGE)
    post({
      id,
      type: 'records',
      records: records.slice(from, from + RECORDS_PER_MESSAGE),
    })
  post({ id, type: 'done' })
}
