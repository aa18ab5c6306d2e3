import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { fixture } from '@/testing/fixtures'
import { renderUi } from '@/testing/render'
import { seedDatasets } from '@/testing/seed'

import { PAGE_SIZE, RecordsTable } from './records-table'

function loadEnterprises(count: number) {
  const template = fixture['enterprises.json'].records[0]
  const records = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `ent-${String(i).padStart(5, '0')}`,
    name: { ru: `Предприятие ${String(i).padStart(5, '0')}` },
  }))
  seedDatasets({ only: ['enterprises'], records: { enterprises: records } })
}

describe('RecordsTable', () => {
  it('draws one row per shown record while they fit on a page', () => {
    loadEnterprises(3)
    renderUi(<RecordsTable />)
    expect(within(screen.getByTestId('records-table')).getAllByRole('row')).toHaveLength(
      4,
    )
    expect(screen.queryByRole('navigation')).toBeNull()
  })

  it('pages a long list instead of drawing every row', { timeout: 30_000 }, () => {
    loadEnterprises(PAGE_SIZE * 2 + 10)
    renderUi(<RecordsTable />)
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
