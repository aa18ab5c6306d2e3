import * as XLSX from '@e965/xlsx'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'

import { renderUi } from '@/testing/render'
import { seedDatasets } from '@/testing/seed'

import { TemplateLinks } from './template-links'

describe('the templates of the import panel', () => {
  it('saves the template of the chosen dataset as XLSX and as CSV', async () => {
    seedDatasets()
    const saved: { name: string; blob: Blob }[] = []
    const blobs = new Map<string, Blob>()
    URL.createObjectURL = vi.fn((blob: Blob) => {
      const url = `blob:test/${blobs.size + 1}`
      blobs.set(url, blob)
      return url
    })
    URL.revokeObjectURL = vi.fn()
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      const blob = blobs.get(this.href)
      if (blob) saved.push({ name: this.download, blob })
    })
    renderUi(<TemplateLinks />)
    await userEvent.selectOptions(screen.getByLabelText('Набор данных'), 'events')
    await userEvent.click(screen.getByTestId('import-template-xlsx'))
    await waitFor(() => expect(saved).toHaveLength(1))
    expect(saved[0]?.name).toMatch(/^promkarta-template-events-\d{4}-\d{2}-\d{2}\.xlsx$/)
    const book = XLSX.read(new Uint8Array(await (saved[0]?.blob as Blob).arrayBuffer()))
    expect(book.SheetNames).toEqual(['Данные', 'Пояснения'])
    const header = XLSX.utils.sheet_to_json<string[]>(
      book.Sheets['Данные'] as XLSX.WorkSheet,
      { header: 1 },
    )[0]
    expect(header).toContain('Тип события')
    await userEvent.click(screen.getByTestId('import-template-csv'))
    await waitFor(() => expect(saved).toHaveLength(2))
    expect(saved[1]?.name).toMatch(/^promkarta-template-events-.*\.csv$/)
    const text = await (saved[1]?.blob as Blob).text()
    expect(text.split('\r\n')[0]).toContain(';')
  })
})
