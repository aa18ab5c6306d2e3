import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { parseDataset } from '@/domain/load/parse-dataset'
import { useAppStore } from '@/store/app-store'
import { fixture } from '@/testing/fixtures'

import { PAGE_SIZE, RecordsTable } from './records-table'

function loadEnterprises(count: number) {
  const template = fixture['enterprises.json'].records[0]
  const records = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `ent-${String(i).padStart(5, '0')}`,
    name: { ru: `Предприятие ${String(i).padStart(5, '0')}` },
  }))
  const parsed = parseDataset('enterprises', 'enterprises.json', {
    schemaVersion: 1,
    records,
  })
  if (!parsed.ok) throw new Error(parsed.fault.message)
  useAppStore.getState().setFileState('enterprises', {
    status: 'ready',
    file: 'enterprises.json',
    parsed: parsed.dataset,
  })
}

describe('RecordsTable', () => {
  it('draws one row per shown record while they fit on a page', () => {
    loadEnterprises(3)
    render(<RecordsTable />)
    expect(within(screen.getByTestId('records-table')).getAllByRole('row')).toHaveLength(
      4,
    )
    expect(screen.queryByRole('navigation')).toBeNull()
  })

  it('pages a long list instead of drawing every row', { timeout: 30_000 }, () => {
    loadEnterprises(PAGE_SIZE * 2 + 10)
    render(<RecordsTable />)
    const rows = () => within(screen.getByTestId('records-table')).getAllByRole('row')
    expect(rows()).toHaveLength(PAGE_SIZE + 1)
    expect(screen.getByRole('status')).toHaveTextContent(
      `1–${PAGE_SIZE} из ${PAGE_SIZE * 2 + 10}`,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Следующие →' }))
    fireEvent.click(screen.getByRole('button', { name: 'Следующие →' }))
    expect(rows()).toHaveLength(11)
    expect(screen.getByRole('button', { name: 'Следующие →' })).toBeDisabled()
  })
})
