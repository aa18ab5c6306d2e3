import { useTranslation } from 'react-i18next'

import type { Locale } from '@/shared/format/format'
import { useAppStore } from '@/store/app-store'

import { useOfflineState } from './offline-state'
import { applyUpdate, startOffline } from './service-worker'

// Before the first render and the first data request (see `startOffline`).
if (typeof window !== 'undefined') startOffline(window)

const TAGS: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' }

function formatFetchedAt(iso: string, language: Locale): string {
  return new Intl.DateTimeFormat(TAGS[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso))
}

/**
 * «Нет сети — показаны данные от …»: shown while the browser is offline or when the data on
 * screen came from the service worker's cache, with the time it was last fetched online.
 */
export function OfflineBanner() {
  const { t } = useTranslation()
  const language = useAppStore((s) => s.language)
  const { online, fromCache, fetchedAt } = useOfflineState()
  if (online && !fromCache) return null
  return (
    <p className="banner banner--warning" role="status" data-testid="offline-banner">
      {fetchedAt
        ? t('offline.banner', { date: formatFetchedAt(fetchedAt, language) })
        : t('offline.bannerNoDate')}
    </p>
  )
}

/**
 * «Доступна новая версия — обновить», for the header's actions: shown when a new version waits,
 * held back during a presentation. Nothing reloads until it is pressed.
 */
export function UpdatePrompt() {
  const { t } = useTranslation()
  const presenterMode = useAppStore((s) => s.presenterMode)
  const { updateReady } = useOfflineState()
  if (!updateReady || presenterMode) return null
  return (
    <button
      type="button"
      className="button"
      title={t('offline.updateTitle')}
      data-testid="update-prompt"
      onClick={() => applyUpdate(window)}
    >
      {t('offline.update')}
    </button>
  )
}
