import type { LocalizedText } from '../schema/common'

/** The interface languages an export is written in. */
export type ExportLocale = 'ru' | 'en'

/**
 * The translation function the export helpers take, so this layer stays free of i18next and
 * React: callers pass `t` from `useTranslation`, tests pass a stub.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string

/** Text in the export's language, falling back to Russian (which every record has). */
export function pickText(text: LocalizedText | undefined, locale: ExportLocale): string {
  if (!text) return ''
  return locale === 'en' ? (text.en ?? text.ru) : text.ru
}
