/// <reference lib="webworker" />
import { parseJsonText } from '@/domain/load/parse-json'

import type { FromWorker, ToWorker } from './json-off-thread'

/**
 * Fetches and reads a data file off the page's thread: reads and decodes the body (reading
 * a 50 MB body on the page was itself a long task) and parses the JSON (seconds), then sends
 * the value back, its `records` a thousand at a time, so the page takes it in short tasks. A
 * value that cannot be sent (too deeply nested to copy) goes back as its text, to be read on
 * the page as before. A request that fails here is reported as `failed`: the page reads the
 * file itself and names the fault.
 */
const RECORDS_PER_MESSAGE = 1000

const scope = self as unknown as DedicatedWorkerGlobalScope
const requests = new Map<number, AbortController>()

const post = (message: FromWorker) => scope.postMessage(message)

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data
  if (message.type === 'cancel') {
    requests.get(message.id)?.abort()
    requests.delete(message.id)
    return
  }
  const controller = new AbortController()
  requests.set(message.id, controller)
  void fetchAndSend(message, controller.signal).finally(() => requests.delete(message.id))
}

async function fetchAndSend(
  message: Extract<ToWorker, { type: 'fetch' }>,
  signal: AbortSignal,
): Promise<void> {
  const { id } = message
  let text: string
  try {
    // The address the page reached, redirects followed: going anywhere else is a failure.
    const response = await fetch(message.url, {
      signal,
      headers: { Accept: 'application/json' },
      cache: 'no-cache',
      redirect: 'error',
    })
    if (!response.ok) return post({ id, type: 'failed' })
    text = await response.text()
  } catch {
    if (!signal.aborted) post({ id, type: 'failed' })
    return
  }
  if (signal.aborted) return
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
