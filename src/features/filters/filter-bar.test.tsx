import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { useAppStore } from '@/store/app-store'
import { fixture } from '@/testing/fixtures'
import { renderUi } from '@/testing/render'
import { seedDatasets } from '@/testing/seed'

import { FilterBar } from './filter-bar'

const chips = () =>
  within(screen.getByRole('list', { name: 'Активные фильтры' })).queryAllByRole(
    'listitem',
  )

describe('the filter bar (StrictMode)', () => {
  it('offers the dataset’s industries, adds one as a chip and removes it again', async () => {
    seedDatasets()
    const { user } = renderUi(<FilterBar />)
    const industry = screen.getByTestId('filter-industry')
    expect(
      within(industry)
        .getAllByRole('option')
        .slice(1)
        .map((o) => o.textContent),
    ).toEqual(fixture['industries.json'].records.map((r) => r.label.ru))
    expect(chips()).toHaveLength(0)

    await user.selectOptions(industry, 'energy')
    expect(useAppStore.getState().filters.industries).toEqual(['energy'])
    expect(chips()).toHaveLength(1)
    expect(chips()[0]).toHaveTextContent('Энергетика')
    // The picker goes back to its prompt, ready for the next industry.
    expect(industry).toHaveValue('')

    await user.click(screen.getByRole('button', { name: /^Убрать фильтр .*Энергетика/ }))
    expect(useAppStore.getState().filters.industries).toEqual([])
    expect(chips()).toHaveLength(0)
  })

  it('writes the search into the filters and resets every filter at once', async () => {
    seedDatasets()
    const { user } = renderUi(<FilterBar />)
    await user.type(screen.getByTestId('filter-search'), 'Альфа')
    expect(useAppStore.getState().filters.q).toBe('Альфа')
    await user.selectOptions(screen.getByTestId('filter-industry'), 'aerospace')
    expect(chips()).toHaveLength(2)
    await user.click(screen.getByTestId('filter-reset'))
    expect(useAppStore.getState().filters).toMatchObject({ q: '', industries: [] })
    expect(screen.getByTestId('filter-search')).toHaveValue('')
    expect(chips()).toHaveLength(0)
    expect(screen.queryByTestId('filter-reset')).toBeNull()
  })
})
