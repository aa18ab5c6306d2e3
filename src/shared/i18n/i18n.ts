import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'

import { type Locale, formatNumber } from '@/shared/format/format'

import { ru } from './ru'

/** Initialises i18next once, in Russian; a missing key fails loudly outside production. */
export function initI18n(): I18n {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      // English is a chunk of its own (`loadLanguage`): most visits never ask for it.
      resources: { ru: { translation: ru } },
      lng: 'ru',
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

/** Makes `language`'s texts available (fetching the English chunk once) and switches to it. */
export async function switchLanguage(i18n: I18n, language: Locale): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) {
    const { en } = await import('./en')
    i18n.addResourceBundle('en', 'translation', en)
  }
  await i18n.changeLanguage(language)
}
