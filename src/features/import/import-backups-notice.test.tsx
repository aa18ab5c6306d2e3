import { screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'

import { renderUi } from '@/testing/render'

import { ImportBackupsNotice } from './import-backups-notice'

const kept = [{ key: 'import.backup.1.import:v0:a', from: 'import:v0:a', raw: '{"v":0}' }]
const storage = () => Promise.resolve({ backups: () => Promise.resolve(kept) })

describe('the notice of imported files kept aside', () => {
  beforeEach(() => localStorage.clear())

  it('says how many kept files could not be read, and once hidden stays hidden', async () => {
    const { user, unmount } = renderUi(<ImportBackupsNotice storage={storage} />)
    const notice = await screen.findByTestId('backup-notice')
    expect(notice).toHaveTextContent('не удалось прочитать (файлов: 1)')
    await user.click(screen.getByRole('button', { name: 'Скрыть' }))
    expect(screen.queryByTestId('backup-notice')).toBeNull()
    unmount()
    renderUi(<ImportBackupsNotice storage={storage} />)
    // Give the lookup time to finish: it must find the backup already told.
    await new Promise((done) => setTimeout(done, 50))
    expect(screen.queryByTestId('backup-notice')).toBeNull()
  })

  it('tells of a new backup even after an older one was hidden', async () => {
    localStorage.setItem('promkarta.importBackupsSeen', JSON.stringify(['old-key']))
    renderUi(<ImportBackupsNotice storage={storage} />)
    await waitFor(() => expect(screen.getByTestId('backup-notice')).toBeVisible())
  })
})
