import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'

import { formatNumber } from '@/shared/format/format'

import { en } from './en'
import { ru } from './ru'

const resources = { ru: { translation: ru }, en: { translation: en } } as const

/** Initialises i18next once; a missing key fails loudly outside production. */
export function initI18n(language: 'ru' | 'en' = 'ru') {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'ru',
      interpolation: { escapeValue: false },
      initAsync: false,
      saveMissing: !import.meta.env.PROD,
      missingKeyHandler: (_lngs, _ns, key) => {
        throw new Error(`Missing translation key: ${key}`)
      },
    })
    // `{{n, number}}` through the app's own grouping: i18next's built-in formatter caches an
    // Intl.NumberFormat per options object, and the options hold the count, so every new
    // count built a formatter (a tenth of a second over a long list of issues).
    i18next.services.formatter?.add(
      'number',
      (value: unknown, lng: string | undefined) =>
        typeof value === 'number'
          ? formatNumber(value, lng === 'en' ? 'en' : 'ru')
          : String(value),
    )
  }
  return i18next
}
