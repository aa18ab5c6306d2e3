import { env } from '@/config/env'
import type { DataSource } from '@/domain/load/data-source'
import type { FileFault } from '@/domain/load/issues'
import { type JsonResult, parseJsonText } from '@/domain/load/parse-json'

import { WorkerFailed, canParseOffThread, fetchJsonOffThread } from './json-off-thread'

type TextResult =
  { ok: true; text: string; contentType: string } | { ok: false; fault: FileFault }

/**
 * Reads one data file (a name the manifest lists, or the manifest itself) from a source, as
 * text. Every failure (HTTP status, timeout, network) becomes a fault naming the file; this
 * never throws.
 */
function fetchDataFile(
  source: DataSource,
  file: string,
  timeoutMs: number = env.fetchTimeoutMs,
): Promise<TextResult> {
  switch (source.kind) {
    case 'folder':
      return fetchText(new URL(file, source.baseUrl).href, file, timeoutMs)
  }
}

/**
 * Reads one data file from a source as JSON; an HTML page or malformed JSON becomes a fault
 * too, as every failure of `fetchDataFile` does.
 */
export async function fetchDataJson(
  source: DataSource,
  file: string,
  timeoutMs: number = env.fetchTimeoutMs,
): Promise<JsonResult> {
  const fetched = await fetchDataFile(source, file, timeoutMs)
  return fetched.ok
    ? parseJsonText(file, fetched.text, fetched.contentType)
    : { ok: false, fault: fetched.fault }
}

export type ValueResult =
  { ok: true; value: unknown; chars: number } | { ok: false; fault: FileFault }

/**
 * Reads one data file from a source as JSON, with its length in characters. Where the page
 * can, the file is decoded and parsed in a worker (`json-off-thread.ts`), so a file of tens
 * of megabytes never blocks the page; the value and every fault are those of `fetchDataJson`.
 */
export async function fetchDataValue(
  source: DataSource,
  file: string,
  timeoutMs: number = env.fetchTimeoutMs,
): Promise<ValueResult> {
  const url = new URL(file, source.baseUrl).href
  if (canParseOffThread()) {
    try {
      const read = await fetchRead(
        url,
        file,
        timeoutMs,
        async (response, contentType, signal) => {
          const text = await smallBodyText(response)
          if (text !== null)
            return { result: parseJsonText(file, text, contentType), chars: text.length }
          // A large body is not read here: the worker fetches it again, from where this went.
          return fetchJsonOffThread(response.url || url, file, contentType, signal)
        },
      )
      if (!read.ok) return read
      const { result, chars } = read.value
      return result.ok ? { ok: true, value: result.value, chars } : result
    } catch (error) {
      if (!(error instanceof WorkerFailed)) throw error
    }
  }
  const fetched = await fetchText(url, file, timeoutMs)
  if (!fetched.ok) return fetched
  const result = parseJsonText(file, fetched.text, fetched.contentType)
  return result.ok
    ? { ok: true, value: result.value, chars: fetched.text.length }
    : result
}

/**
 * Bodies under this many bytes (as the server gives their length, or as read when it gives
 * none) are parsed on the page: starting
 * the worker and copying the records back costs more than parsing them, and would delay the
 * first view of the bundled data.
 */
const OFF_THREAD_FROM_BYTES = 512 * 1024

/**
 * The body's text when it is under {@link OFF_THREAD_FROM_BYTES}, or `null` (and the body
 * is cancelled) when it is larger. A body of unknown length (a server that compresses on the
 * fly sends none) is read up to the limit: a small file is parsed here without a second
 * request, a large one costs the page no more than its first half megabyte.
 */
export async function smallBodyText(response: Response): Promise<string | null> {
  const length = Number(response.headers.get('content-length') ?? NaN)
  if (Number.isFinite(length) && length >= OFF_THREAD_FROM_BYTES) {
    void response.body?.cancel().catch(() => undefined)
    return null
  }
  if (Number.isFinite(length) || !response.body) return response.text()
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  const parts: string[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) {
      parts.push(decoder.decode())
      return parts.join('')
    }
    size += value.byteLength
    if (size >= OFF_THREAD_FROM_BYTES) {
      void reader.cancel().catch(() => undefined)
      return null
    }
    parts.push(decoder.decode(value, { stream: true }))
  }
}

/** Fetches one file by URL as text; failures become faults as in `fetchDataFile`. */
async function fetchText(
  url: string,
  file: string,
  timeoutMs: number,
): Promise<TextResult> {
  const read = await fetchRead(url, file, timeoutMs, (response) => response.text())
  return read.ok ? { ok: true, text: read.value, contentType: read.contentType } : read
}

/**
 * Fetches one file by URL and reads its body with `read`; failures become faults as in
 * `fetchDataFile` (a worker that fails is not one: `WorkerFailed` is thrown on).
 */
async function fetchRead<T>(
  url: string,
  file: string,
  timeoutMs: number,
  read: (response: Response, contentType: string, signal: AbortSignal) => Promise<T>,
): Promise<
  { ok: true; value: T; contentType: string } | { ok: false; fault: FileFault }
> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
      cache: 'no-cache',
    })
    if (!response.ok) {
      return fault(
        file,
        'http',
        httpMessage(response.status, response.statusText),
        response.status,
      )
    }
    const contentType = response.headers.get('content-type') ?? ''
    return {
      ok: true,
      value: await read(response, contentType, controller.signal),
      contentType,
    }
  } catch (error) {
    if (error instanceof WorkerFailed) throw error
    if (controller.signal.aborted) {
      return fault(
        file,
        'timeout',
        `Файл не загрузился за ${Math.round(timeoutMs / 1000)} с`,
      )
    }
    const detail = error instanceof Error ? error.message : String(error)
    return fault(file, 'network', `Сетевая ошибка при загрузке файла: ${detail}`)
  } finally {
    clearTimeout(timer)
  }
}

function httpMessage(status: number, statusText: string): string {
  const text = statusText ? ` ${statusText}` : ''
  if (status === 404) return `Файл не найден (HTTP 404${text})`
  return `Сервер ответил ошибкой HTTP ${status}${text}`
}

function fault(
  file: string,
  reason: FileFault['reason'],
  message: string,
  status?: number,
): { ok: false; fault: FileFault } {
  return { ok: false, fault: { file, reason, message, status } }
}
