import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { useAppStore } from '@/store/app-store'
import { renderUi } from '@/testing/render'
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
