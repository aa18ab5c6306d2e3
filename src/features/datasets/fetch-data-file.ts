import { env } from '@/config/env'
import type { DataSource } from '@/domain/load/data-source'
import type { FileFault } from '@/domain/load/issues'
import { type JsonResult, parseJsonText } from '@/domain/load/parse-json'

export type TextResult =
  { ok: true; text: string; contentType: string } | { ok: false; fault: FileFault }

/**
 * Reads one data file (a name the manifest lists, or the manifest itself) from a source, as
 * text. Every failure (HTTP status, timeout, network) becomes a fault naming the file; this
 * never throws.
 */
export function fetchDataFile(
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

/** Fetches one file by URL as text; failures become faults as in `fetchDataFile`. */
async function fetchText(
  url: string,
  file: string,
  timeoutMs: number,
): Promise<TextResult> {
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
    const text = await response.text()
    return { ok: true, text, contentType: response.headers.get('content-type') ?? '' }
  } catch (error) {
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
