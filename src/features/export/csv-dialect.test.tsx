import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { initI18n } from '@/shared/i18n/i18n'
import { useAppStore } from '@/store/app-store'
import { renderUi } from '@/testing/render'
import { seedDatasets } from '@/testing/seed'

import { chooseCsvDialect } from './csv-dialect-choice'
import { ExportMenu } from './export-menu'

/** Catches what the menu hands to the browser to save, as text without the BOM. */
function catchDownloads() {
  const saved: { name: string; text: Promise<string> }[] = []
  const blobs = new Map<string, Blob>()
  let n = 0
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${++n}`
    blobs.set(url, blob)
    return url
  })
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href)
    if (blob)
      saved.push({
        name: this.download,
        text: blob
          .arrayBuffer()
          .then((b) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b)),
      })
  })
  return saved
}

async function saveFrom(testId: string, saved: { text: Promise<string> }[]) {
  const before = saved.length
  await userEvent.click(screen.getByTestId('export-menu'))
  await userEvent.click(screen.getByTestId(testId))
  await waitFor(() => expect(saved).toHaveLength(before + 1))
  return (await saved[before]?.text) ?? ''
}

afterEach(async () => {
  chooseCsvDialect(null)
  await initI18n().changeLanguage('ru')
})

describe('the CSV style of the export menu', () => {
  it('follows the interface language by default: every CSV of the menu', async () => {
    seedDatasets()
    const saved = catchDownloads()
    renderUi(<ExportMenu />)
    await userEvent.click(screen.getByTestId('export-menu'))
    expect(screen.getByTestId('export-dialect-excel-ru')).toBeChecked()
    await userEvent.keyboard('{Escape}')
    for (const id of [
      'export-csv-places',
      'export-csv-visits',
      'export-csv-events',
      'export-table-csv',
      'export-template-csv',
      'export-template-csv-visits',
    ]) {
      const text = await saveFrom(id, saved)
      expect(text.startsWith('\uFEFF'), id).toBe(true)
      const header = text.split('\r\n')[0] ?? ''
      expect(header.split(';').length, id).toBeGreaterThan(2)
      expect(header, id).not.toContain(',')
    }
    // Decimal commas for Russian Excel: the first place's latitude in the fixture is 54.79.
    expect(await saved[0]?.text).toContain('54,79')

    act(() => useAppStore.getState().setLanguage('en'))
    await initI18n().changeLanguage('en')
    await userEvent.click(screen.getByTestId('export-menu'))
    expect(screen.getByTestId('export-dialect-rfc4180')).toBeChecked()
    await userEvent.keyboard('{Escape}')
    const english = await saveFrom('export-csv-places', saved)
    expect(english.split('\r\n')[0]?.split(',').length).toBeGreaterThan(2)
    expect(english).toContain('54.79')
  })

  it('switches to RFC 4180 in the Russian interface, and the pick holds for the session', async () => {
    seedDatasets()
    const saved = catchDownloads()
    const { unmount } = renderUi(<ExportMenu />)
    await userEvent.click(screen.getByTestId('export-menu'))
    await userEvent.click(screen.getByTestId('export-dialect-rfc4180'))
    expect(screen.getByTestId('export-dialect-rfc4180')).toBeChecked()
    expect(window.sessionStorage.getItem('promkarta:csv-dialect')).toBe('rfc4180')
    await userEvent.keyboard('{Escape}')
    const text = await saveFrom('export-csv-places', saved)
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFИдентификатор,Тип записи,Вид/)
    expect(text).toContain('54.79')
    unmount()
    // A menu mounted again later in the session still shows (and uses) the pick.
    renderUi(<ExportMenu />)
    await userEvent.click(screen.getByTestId('export-menu'))
    expect(screen.getByTestId('export-dialect-rfc4180')).toBeChecked()
  })
})
