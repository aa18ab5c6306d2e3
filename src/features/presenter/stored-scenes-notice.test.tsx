import { act, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { SCENES_STORAGE_KEY, readStoredScenes } from '@/domain/scenes/scenes-storage'
import i18n from 'i18next'
import { useAppStore } from '@/store/app-store'
import { renderUi } from '@/testing/render'

import { StoredScenesNotice } from './stored-scenes-notice'

afterEach(() => vi.restoreAllMocks())

/** What the slice holds after reading `raw` from a fake localStorage at start. */
function backupOf(raw: string) {
  const data = new Map([[SCENES_STORAGE_KEY, raw]])
  const stored = readStoredScenes(
    { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) },
    undefined,
    undefined,
    () => 42,
  )
  if (!stored.unreadable) throw new Error('expected unreadable scenes')
  return { ...stored.unreadable, dropped: stored.dropped, read: stored.scenes.length }
}

describe('the notice about stored scenes that could not be read', () => {
  it('says so with the format, and offers the text as it was stored for download', async () => {
    const raw = '{"version":7,"scenes":[{"id":"later-shape"}]}'
    useAppStore.setState({ scenesBackup: backupOf(raw) })
    const saved: Blob[] = []
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob)
      return 'blob:test/1'
    })
    URL.revokeObjectURL = vi.fn()
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {})
    const { user } = renderUi(<StoredScenesNotice />)
    const notice = screen.getByRole('status')
    expect(notice).toHaveTextContent(
      'Сохранённые сцены не удалось прочитать (формат v7); копия сохранена',
    )
    await user.click(screen.getByRole('button', { name: 'скачать' }))
    expect(click).toHaveBeenCalledTimes(1)
    expect(await saved[0]?.text()).toBe(raw)
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toMatch(
      /^promkarta-scenes-backup-.*\.json$/,
    )
    await user.click(screen.getByRole('button', { name: 'Скрыть' }))
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(useAppStore.getState().scenesBackup).toBeNull()
  })

  it('counts the scenes left out when only some could be read, in English too', async () => {
    const raw = JSON.stringify({
      version: 1,
      scenes: [
        { id: 'ok', title: { ru: 'А' }, caption: { ru: 'Б' }, state: {} },
        { id: 'bad' },
      ],
    })
    useAppStore.setState({ scenesBackup: backupOf(raw) })
    renderUi(<StoredScenesNotice />)
    expect(screen.getByRole('status')).toHaveTextContent(
      'Часть сохранённых сцен не удалось прочитать (не прочитано: 1); копия сохранена',
    )
    try {
      await act(() => i18n.changeLanguage('en'))
      expect(screen.getByRole('status')).toHaveTextContent(
        'Some saved scenes could not be read (not read: 1); a copy has been kept',
      )
    } finally {
      await act(() => i18n.changeLanguage('ru'))
    }
  })

  it('shows nothing when every stored scene was read', () => {
    useAppStore.setState({ scenesBackup: null })
    renderUi(<StoredScenesNotice />)
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })
})
