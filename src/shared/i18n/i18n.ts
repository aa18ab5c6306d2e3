import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'

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
  }
  return i18next
}
