import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { useAppStore } from '@/store/app-store'
import { renderUi } from '@/testing/render'
import { fixture } from '@/testing/fixtures'
import { seedDatasets } from '@/testing/seed'

import { DataIssuesPanel } from './data-issues-panel'

describe('«Качество данных» with an imported file', () => {
  it('lists the file, how many rows are shown, and each issue at its Excel row and column', () => {
    seedDatasets()
    useAppStore.getState().addImported([
      {
        id: 'mine-1',
        file: 'Мои предприятия.csv',
        kind: 'enterprises',
        importedAt: '2026-11-20T10:00:00.000Z',
        records: [],
        sources: [],
        rows: 2,
        rejected: 2,
        issues: [
          {
            file: 'Мои предприятия.csv',
            row: 4,
            column: 'Район',
            code: 'invalid-record',
            severity: 'error',
            message: { ru: 'Регион не указан', en: 'No region' },
          },
        ],
      },
    ])
    renderUi(<DataIssuesPanel />)
    const item = screen.getByTestId('data-issues-imported')
    expect(item).toHaveTextContent('Мои предприятия.csv')
    expect(item).toHaveTextContent('показано 0 из 2')
    const issue = within(item).getByTestId('data-issue')
    expect(issue).toHaveTextContent(
      'Мои предприятия.csv, строка 4, столбец «Район» [ошибка] Регион не указан',
    )
    expect(screen.getByTestId('data-issues-summary')).toHaveTextContent('1')
  })
})

describe('«Качество данных» with many issues', () => {
  const a = fixture['enterprises.json'].records[0] as Record<string, unknown>
  const badLat = { lat: 'north', lon: 32, precision: 'site' }
  /** 1,200 records with a string for industries and two with a bad latitude. */
  function seedBroken() {
    const records: Record<string, unknown>[] = Array.from({ length: 1_200 }, (_, i) => ({
      ...a,
      id: `bad-${i}`,
      industries: 'x',
    }))
    records.splice(5, 0, { ...a, id: 'lat-1', location: badLat })
    records.push({ ...a, id: 'lat-2', location: badLat })
    seedDatasets({ records: { enterprises: records } })
  }

  it('groups them by field and message with counts, the largest first, closed, drawing no record', () => {
    seedBroken()
    renderUi(<DataIssuesPanel />)
    const file = screen.getByTestId('data-issues-file-enterprises')
    expect(file).toHaveTextContent('показано 0 из 1202')
    const groups = within(file).getAllByTestId('data-issue-group')
    expect(groups).toHaveLength(2)
    expect(groups[0]).toHaveTextContent(
      /^▸?\s*поле industries · .+ \[ошибка\] 1 200 замечаний$/,
    )
    expect(groups[1]).toHaveTextContent(
      /поле location\.lat · широта "north".+ \[ошибка\] 2 замечания$/,
    )
    expect(within(file).queryAllByTestId('data-issue')).toHaveLength(0)
    expect(within(file).queryAllByRole('button', { expanded: true })).toHaveLength(0)
  })

  it('opens a group to its records fifty at a time, located by file, record and id', async () => {
    seedBroken()
    const { user } = renderUi(<DataIssuesPanel />)
    const file = screen.getByTestId('data-issues-file-enterprises')
    const [biggest] = within(file).getAllByTestId('data-issue-group')
    if (!biggest) throw new Error('no group')
    await user.click(within(biggest).getByRole('button', { expanded: false }))
    let rows = within(biggest).getAllByTestId('data-issue')
    expect(rows).toHaveLength(50)
    expect(rows[0]).toHaveTextContent(
      'enterprises.json, запись №1 (bad-0), поле industries',
    )
    // The record with a bad latitude sits at index 5: the sixth row is the next broken one.
    expect(rows[5]).toHaveTextContent('запись №7 (bad-5)')
    expect(within(biggest).getByTestId('data-issues-shown')).toHaveTextContent(
      'показаны 50 из 1 200',
    )
    await user.click(within(biggest).getByRole('button', { name: 'показать ещё 50' }))
    rows = within(biggest).getAllByTestId('data-issue')
    expect(rows).toHaveLength(100)
    expect(rows[99]).toHaveTextContent('запись №101 (bad-99)')
    expect(within(biggest).getByTestId('data-issues-shown')).toHaveTextContent(
      'показаны 100 из 1 200',
    )
    // Closing it draws no record again.
    await user.click(within(biggest).getByRole('button', { expanded: true }))
    expect(within(biggest).queryAllByTestId('data-issue')).toHaveLength(0)
  })

  it('pages the groups themselves when every message is different', async () => {
    // 120 ids each used twice: 120 repeats, each with its own message (it names the id).
    const records = Array.from({ length: 240 }, (_, i) => ({
      ...a,
      id: `dup-${Math.floor(i / 2)}`,
    }))
    seedDatasets({ records: { enterprises: records } })
    const { user } = renderUi(<DataIssuesPanel />)
    const file = screen.getByTestId('data-issues-file-enterprises')
    expect(within(file).getAllByTestId('data-issue-group')).toHaveLength(50)
    expect(within(file).getByTestId('data-issues-shown')).toHaveTextContent(
      'групп показано 50 из 120',
    )
    await user.click(within(file).getByRole('button', { name: 'показать ещё групп: 50' }))
    expect(within(file).getAllByTestId('data-issue-group')).toHaveLength(100)
    await user.click(within(file).getByRole('button', { name: 'показать ещё групп: 20' }))
    const groups = within(file).getAllByTestId('data-issue-group')
    expect(groups).toHaveLength(120)
    expect(groups[119]).toHaveTextContent('dup-119')
    expect(within(file).queryByTestId('data-issues-shown')).toBeNull()
  })
})
