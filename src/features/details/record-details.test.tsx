import { act, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import type { Enterprise } from '@/domain/schema/records'
import { useAppStore } from '@/store/app-store'
import { fixture } from '@/testing/fixtures'
import { renderUi } from '@/testing/render'
import { seedDatasets } from '@/testing/seed'

import { RecordDetails } from './record-details'

const alpha = fixture['enterprises.json'].records.find((r) => r.id === 'ent-a')!

describe('the details card (StrictMode)', () => {
  it('asks for a choice until a record is selected', () => {
    seedDatasets()
    renderUi(<RecordDetails />)
    expect(screen.getByText(/^Выберите запись в таблице/)).toBeVisible()
    expect(screen.queryByRole('heading')).toBeNull()
  })

  it('shows the selected enterprise with its sources and what refers to it', () => {
    seedDatasets()
    renderUi(<RecordDetails />)
    act(() => useAppStore.getState().select(alpha.id))
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(alpha.name.ru)
    const sources = screen.getByRole('heading', { name: 'Источники' })
      .nextElementSibling as HTMLElement
    const cited = fixture['sources.json'].records.filter((s) =>
      alpha.sources.includes(s.id),
    )
    expect(
      within(sources)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(cited.map((s) => s.url))
    // Records that name Alpha: the visit to it and the meeting about it.
    const naming = [
      ...fixture['visits.json'].records.filter((v) => v.sitesVisited.includes(alpha.id)),
      ...fixture['events.json'].records.filter((e) => e.entities?.includes(alpha.id)),
    ]
    expect(naming).toHaveLength(2)
    for (const record of naming)
      expect(screen.getByText(new RegExp(record.title.ru))).toBeVisible()
  })
})

describe('the details card of an imported record', () => {
  it('says which file, when and which row it came from', () => {
    seedDatasets()
    const importedAt = new Date(2026, 10, 29, 10, 30).toISOString()
    act(() =>
      useAppStore.getState().addImported([
        {
          id: 'enterprises-1',
          file: 'enterprises.xlsx',
          kind: 'enterprises',
          importedAt,
          records: [
            {
              ...alpha,
              id: 'my-plant',
              sources: ['file-enterprises', ...alpha.sources],
            } as Enterprise,
          ],
          recordRows: [14],
          sources: [],
          rows: 1,
          rejected: 0,
          issues: [],
        },
      ]),
    )
    renderUi(<RecordDetails />)
    act(() => useAppStore.getState().select('my-plant'))
    expect(screen.getByTestId('details-file-source')).toHaveTextContent(
      'Файл: enterprises.xlsx, загружен 29.11.2026, строка 14',
    )
    // The links the row cited are still listed, and the file id is never shown raw.
    const sources = screen.getByRole('heading', { name: 'Источники' })
      .nextElementSibling as HTMLElement
    expect(within(sources).getAllByRole('link').length).toBe(alpha.sources.length)
    expect(sources).not.toHaveTextContent('file-enterprises')
  })
})
