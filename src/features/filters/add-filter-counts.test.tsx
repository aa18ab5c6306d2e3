import { act, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { useAppStore } from '@/store/app-store'
import { renderUi } from '@/testing/render'
import { seedDatasets } from '@/testing/seed'

import type * as OptionCounts from '@/domain/filters/option-counts'

import { FilterBar } from './filter-bar'

// The counting functions, watched: the page must call them only while the list is open.
const spies = vi.hoisted(() => ({
  count: vi.fn<(dimension: string) => void>(),
  index: vi.fn<() => void>(),
}))
vi.mock('@/domain/filters/option-counts', async (load) => {
  const real = await load<typeof OptionCounts>()
  return {
    ...real,
    countOptions: (...args: Parameters<typeof real.countOptions>) => {
      spies.count(args[1])
      return real.countOptions(...args)
    },
    buildOptionIndex: (...args: Parameters<typeof real.buildOptionIndex>) => {
      spies.index()
      return real.buildOptionIndex(...args)
    },
  }
})

const combobox = () => screen.getByRole('combobox', { name: 'Добавить фильтр' })
const change = (run: () => void) => act(run)

describe('the «Добавить фильтр» counts', () => {
  beforeEach(() => {
    spies.count.mockClear()
    spies.index.mockClear()
  })

  it('are not made while the list is closed, whatever the filters do', async () => {
    seedDatasets()
    const { user } = renderUi(<FilterBar />)
    const store = useAppStore.getState()
    change(() => store.toggleFilterValue('industries', 'energy'))
    change(() => store.setFilter('municipalities', ['smolensk-city']))
    change(() => store.toggleFilterValue('regions', 'RU-CHE'))
    change(() => store.setFilter('regions', []))
    // Loading and filtering index nothing for the list and count nothing.
    expect(spies.index).not.toHaveBeenCalled()
    expect(spies.count).not.toHaveBeenCalled()

    // Opened: one count per dimension, from an index made now (energy in Smolensk leaves
    // nothing, so adding aerospace leaves the 3 records of the filter-bar test).
    await user.click(combobox())
    expect(
      screen.getByRole('option', { name: /^Авиация и космос, 3 записи$/ }),
    ).toBeVisible()
    expect(spies.index).toHaveBeenCalledTimes(1)
    expect(spies.count.mock.calls.map(([dimension]) => dimension).sort()).toEqual([
      'industries',
      'municipalities',
      'regions',
    ])

    // Picking an option changes the filters and closes the list: nothing is counted for the
    // new filters, which no open list shows.
    spies.count.mockClear()
    await user.click(screen.getByRole('option', { name: /^Авиация и космос/ }))
    expect(useAppStore.getState().filters.industries).toEqual(['energy', 'aerospace'])
    expect(combobox()).toHaveAttribute('aria-expanded', 'false')
    expect(spies.count).not.toHaveBeenCalled()

    // Opened and closed again: filter changes count nothing more.
    await user.click(combobox())
    expect(spies.count).toHaveBeenCalled()
    await user.keyboard('{Escape}')
    expect(combobox()).toHaveAttribute('aria-expanded', 'false')
    spies.count.mockClear()
    change(() => useAppStore.getState().setFilter('industries', []))
    change(() => useAppStore.getState().toggleFilterValue('municipalities', 'roslavlsky'))
    expect(spies.count).not.toHaveBeenCalled()
    expect(spies.index).toHaveBeenCalledTimes(1)
  })
})
