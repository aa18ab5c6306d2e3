import type { FileFault } from './issues'

export type JsonResult = { ok: true; value: unknown } | { ok: false; fault: FileFault }

/**
 * Turns a response body into JSON, or into a fault that says what went wrong in words a data
 * editor understands (an HTML page where JSON was expected is the usual wrong-path symptom).
 */
export function parseJsonText(file: string, text: string, contentType = ''): JsonResult {
  const body = text.replace(/^\uFEFF/, '')
  const trimmed = body.trimStart()
  if (contentType.includes('text/html') || /^<(!doctype|html|head|body)/i.test(trimmed)) {
    return fault(
      file,
      'html',
      'Вместо JSON получена HTML-страница: вероятно, неверный путь к файлу или папке данных',
    )
  }
  if (trimmed === '') return fault(file, 'malformed-json', 'Файл пуст')
  try {
    return { ok: true, value: JSON.parse(body) }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return fault(file, 'malformed-json', `Файл не является корректным JSON: ${detail}`)
  }
}

function fault(file: string, reason: FileFault['reason'], message: string): JsonResult {
  return { ok: false, fault: { file, reason, message } }
}
