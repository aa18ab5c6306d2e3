import { act, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { initI18n } from '@/shared/i18n/i18n'
import { renderUi } from '@/testing/render'
import { seedDatasets } from '@/testing/seed'
import { useAppStore } from '@/store/app-store'

import { FETCHED_AT_KEY } from './data-age'
import { OfflineBanner, UpdatePrompt } from './offline-status'
import { resetOfflineState, setOfflineState } from './offline-state'
import { FROM_CACHE_MESSAGE, takeServiceWorkerMessage } from './service-worker'

afterEach(() => {
  act(() => resetOfflineState())
  vi.useRealTimers()
})

const banner = () => screen.queryByTestId('offline-banner')

describe('the offline banner', () => {
  it('stays away while the browser is online and the data came over the network', () => {
    renderUi(<OfflineBanner />)
    act(() => seedDatasets())
    expect(banner()).toBeNull()
  })

  it('names the time of the last online load when the browser goes offline', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-03-03T12:00:00Z'))
    renderUi(<OfflineBanner />)
    // The load settles online: its time is kept for the next visit.
    act(() => seedDatasets())
    expect(window.localStorage.getItem(FETCHED_AT_KEY)).toBe('2026-03-03T12:00:00.000Z')
    expect(banner()).toBeNull()

    act(() => {
      window.dispatchEvent(new Event('offline'))
    })
    expect(screen.getByRole('status')).toBe(banner())
    expect(banner()).toHaveTextContent(/^Нет сети — показаны данные от 3 марта 2026/)

    try {
      await act(async () => {
        useAppStore.getState().setLanguage('en')
        await initI18n().changeLanguage('en')
      })
      expect(banner()).toHaveTextContent(/^No network — showing data from 3 March 2026/)
    } finally {
      await initI18n().changeLanguage('ru')
    }

    act(() => {
      window.dispatchEvent(new Event('online'))
    })
    expect(banner()).toBeNull()
  })

  it('keeps no load time when the data came from the cache', () => {
    renderUi(<OfflineBanner />)
    act(() =>
      takeServiceWorkerMessage({
        type: FROM_CACHE_MESSAGE,
        date: 'Mon, 02 Mar 2026 12:00:00 GMT',
      }),
    )
    act(() => seedDatasets())
    expect(window.localStorage.getItem(FETCHED_AT_KEY)).toBeNull()
    expect(banner()).toHaveTextContent(/данные от 2 марта 2026/)
  })

  it('shows the date of the oldest file the service worker answered from its cache', () => {
    renderUi(<OfflineBanner />)
    act(() => takeServiceWorkerMessage({ type: 'something-else', date: 'x' }))
    expect(banner()).toBeNull()
    act(() => {
      takeServiceWorkerMessage({
        type: FROM_CACHE_MESSAGE,
        date: 'Wed, 04 Mar 2026 12:00:00 GMT',
      })
      takeServiceWorkerMessage({
        type: FROM_CACHE_MESSAGE,
        date: 'Mon, 02 Mar 2026 12:00:00 GMT',
      })
      takeServiceWorkerMessage({
        type: FROM_CACHE_MESSAGE,
        date: 'Tue, 03 Mar 2026 12:00:00 GMT',
      })
    })
    expect(banner()).toHaveTextContent(/^Нет сети — показаны данные от 2 марта 2026/)
  })

  it('says the data is saved when no date is known', () => {
    renderUi(<OfflineBanner />)
    act(() => takeServiceWorkerMessage({ type: FROM_CACHE_MESSAGE, date: null }))
    expect(banner()).toHaveTextContent('Нет сети — показаны сохранённые данные')
  })
})

describe('the update prompt', () => {
  it('appears when a new version waits and is held back during a presentation', () => {
    renderUi(<UpdatePrompt />)
    const prompt = () =>
      screen.queryByRole('button', { name: 'Доступна новая версия — обновить' })
    expect(prompt()).toBeNull()

    act(() => useAppStore.getState().setPresenterMode(true))
    act(() => setOfflineState({ updateReady: true }))
    expect(prompt()).toBeNull()

    act(() => useAppStore.getState().setPresenterMode(false))
    expect(prompt()).toBeInTheDocument()
  })
})
