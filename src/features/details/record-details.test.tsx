import { act, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

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
