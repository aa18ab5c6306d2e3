import type { FileFault } from '@/domain/load/issues'
import { type JsonResult, parseJsonText } from '@/domain/load/parse-json'

/**
 * Fetches one data file and reads it as JSON. Every failure (HTTP status, timeout, network,
 * HTML page, malformed JSON) becomes a fault naming the file; this never throws.
 */
export async function fetchJson(
  url: string,
  file: string,
  timeoutMs: number,
): Promise<JsonResult> {
  const fetched = await fetchText(url, file, timeoutMs)
  return fetched.ok
    ? parseJsonText(file, fetched.text, fetched.contentType)
    : { ok: false, fault: fetched.fault }
}

export type TextResult =
  { ok: true; text: string; contentType: string } | { ok: false; fault: FileFault }

/** Fetches one data file as text; failures become faults as in `fetchJson`. */
export async function fetchText(
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
