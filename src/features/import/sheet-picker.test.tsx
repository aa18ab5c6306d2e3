import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { tablesToXlsx } from '@/domain/export/xlsx-export'
import { useAppStore } from '@/store/app-store'
import { renderUi } from '@/testing/render'
import { seedDatasets } from '@/testing/seed'

import { readFiles } from './import-actions'
import { SheetPicker } from './sheet-picker'

const draftResult = () => useAppStore.getState().importDrafts[0]?.result

describe('the sheet picker of the import panel', () => {
  it('offers the sheets of a workbook and reads the picked one through the import action', async () => {
    seedDatasets()
    const bytes = await tablesToXlsx([
      { name: 'Пояснения', table: { fields: ['Что'], rows: [['Не данные']] } },
      {
        name: 'Визиты',
        table: {
          fields: ['Название', 'Дата', 'Откуда', 'Куда'],
          rows: [['Визит из Брянска', '2025-10-01', 'RU-BRY', 'RU-SMO']],
        },
      },
    ])
    renderUi(<SheetPicker />)
    expect(screen.queryByTestId('import-sheets')).toBeNull()
    await readFiles([new File([bytes as BlobPart], 'книга.xlsx')])
    const select = await screen.findByLabelText('Лист книги «книга.xlsx»')
    expect(select).toHaveValue('Пояснения')
    expect([...(select as HTMLSelectElement).options].map((o) => o.value)).toEqual([
      'Пояснения',
      'Визиты',
    ])
    await userEvent.selectOptions(select, 'Визиты')
    await waitFor(() => {
      const result = draftResult()
      expect(result?.ok && result.format === 'xlsx' && result.sheet).toBe('Визиты')
    })
    const result = draftResult()
    if (!result?.ok || result.format !== 'xlsx') throw new Error('not a workbook draft')
    expect(result.kind).toBe('visits')
    expect(result.records).toHaveLength(1)
    expect(screen.getByLabelText('Лист книги «книга.xlsx»')).toHaveValue('Визиты')
  })

  it('stays hidden for a workbook of one sheet', async () => {
    seedDatasets()
    const bytes = await tablesToXlsx([
      { name: 'Данные', table: { fields: ['Название'], rows: [['Завод']] } },
    ])
    renderUi(<SheetPicker />)
    await readFiles([new File([bytes as BlobPart], 'один.xlsx')])
    expect(useAppStore.getState().importDrafts).toHaveLength(1)
    expect(screen.queryByTestId('import-sheets')).toBeNull()
  })
})
