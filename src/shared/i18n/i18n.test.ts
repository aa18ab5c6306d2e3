import { afterEach, describe, expect, it } from 'vitest'

import i18next from 'i18next'

import { initI18n, switchLanguage } from './i18n'
import { ru } from './ru'

const RealNumberFormat = Intl.NumberFormat

afterEach(() => {
  Intl.NumberFormat = RealNumberFormat
})

describe('numbers in interface text', () => {
  it('groups them as each language writes them, without a new Intl formatter per count', () => {
    const i18n = initI18n()
    let made = 0
    // Counts the formatters built while the texts below are written.
    Intl.NumberFormat = function (
      ...args: ConstructorParameters<typeof Intl.NumberFormat>
    ) {
      made += 1
      return new RealNumberFormat(...args)
    } as unknown as typeof Intl.NumberFormat
    const ru = i18n.getFixedT('ru')
    const en = i18n.getFixedT('en')
    expect(ru('charts.regionsTitle', { count: 12345 })).toBe(
      'Визиты по регионам-партнёрам: 12\u00a0345 визитов',
    )
    expect(en('charts.regionsTitle', { count: 12345 })).toContain('12,345')
    for (let count = 1000; count < 1100; count++) ru('charts.regionsTitle', { count })
    expect(made).toBe(0)
  })
})

describe('the interface language', () => {
  it('starts with Russian only, and fetches English the first time it is asked for', async () => {
    const fresh = i18next.createInstance()
    await fresh.init({
      resources: { ru: { translation: ru } },
      lng: 'ru',
      fallbackLng: 'ru',
    })
    expect(fresh.hasResourceBundle('en', 'translation')).toBe(false)
    await switchLanguage(fresh, 'en')
    expect(fresh.language).toBe('en')
    expect(fresh.t('layout.close')).toBe('Close')
    await switchLanguage(fresh, 'ru')
    expect(fresh.t('layout.close')).toBe('Закрыть')
  })
})
