import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { MAX_CHIPS } from '@/domain/filters/dimension-kit'
import { DEFAULT_FILTERS } from '@/domain/filters/dimensions'
import { optionCounts } from '@/domain/filters/option-counts'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'
import { selectFilterIndex, selectPlaces } from '@/store/selectors'
import { renderUi } from '@/testing/render'
import { seedDatasets } from '@/testing/seed'

import { FilterBar } from './filter-bar'

const chips = () =>
  within(screen.getByRole('list', { name: 'Активные фильтры' })).queryAllByRole(
    'listitem',
  )
const combobox = () => screen.getByRole('combobox', { name: 'Добавить фильтр' })
// An option's name: its label, then its count in words (visually hidden; the figure shown
// beside it is hidden from assistive technology).
const nameOf = (option: Element | null | undefined) =>
  option?.querySelector('.add-filter__label')?.textContent ?? null
const optionNames = () => screen.queryAllByRole('option').map(nameOf)
const activeName = () => {
  const id = combobox().getAttribute('aria-activedescendant')
  return id ? nameOf(document.getElementById(id)) : null
}
const filters = () => useAppStore.getState().filters

// The fixture: aerospace (ent-a, ent-c), energy (ent-b, ent-c), multi-sector (park-a);
// smolensk-city (ent-a, park-a), roslavlsky (ent-b); visit-a and ev-a link ent-a, so they
// count with ent-a's industry and municipality; partner regions RU-CHE (ent-a through
// visit-a, and visit-a itself) and RU-BRY (only a neighbour's news, hidden by default).
const ALL_OPTIONS = [
  'Авиация и космос, 4 записи',
  'Энергетика, 2 записи',
  'Многоотраслевой, 1 запись',
  'город Смоленск, 4 записи',
  'Рославльский муниципальный округ, 1 запись',
  'Челябинская область, 2 записи',
  'Брянская область, 0 записей',
]

describe('the «Добавить фильтр» combobox (StrictMode)', () => {
  it('opens on ↓ without adding a filter, and on ↑ at the last option', async () => {
    seedDatasets()
    const { user } = renderUi(<FilterBar />)
    expect(combobox()).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('listbox')).toBeNull()
    await user.click(combobox())
    await user.keyboard('{Escape}')
    await user.keyboard('{ArrowDown}')
    expect(combobox()).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByRole('listbox', { name: 'Значения фильтров' })).toBeVisible()
    expect(activeName()).toBe(ALL_OPTIONS[0])
    expect(filters()).toEqual(DEFAULT_FILTERS)
    await user.keyboard('{Escape}')
    expect(combobox()).toHaveAttribute('aria-expanded', 'false')
    await user.keyboard('{ArrowUp}')
    expect(activeName()).toBe(ALL_OPTIONS.at(-1))
    expect(filters()).toEqual(DEFAULT_FILTERS)
    expect(chips()).toHaveLength(0)
  })

  it('groups the options by dimension with their counts; none is left out or doubled', async () => {
    seedDatasets()
    const { user } = renderUi(<FilterBar />)
    await user.click(combobox())
    expect(optionNames()).toEqual(ALL_OPTIONS)
    const groups = within(screen.getByRole('listbox')).getAllByRole('group')
    expect(groups.map((g) => g.getAttribute('aria-labelledby'))).toHaveLength(3)
    expect(groups.map((g) => within(g).getAllByRole('option').length)).toEqual([3, 2, 2])
    expect(screen.getByRole('group', { name: 'Регион-партнёр' })).toBe(groups[2])
    // A value that would leave nothing is dimmed and comes last in its group.
    expect(
      screen.getByRole('option', { name: 'Брянская область, 0 записей' }),
    ).toHaveClass('add-filter__option--zero')
  })

  it('shows the counts `optionCounts` gives under the current filters', async () => {
    seedDatasets()
    useAppStore.getState().setFilter('municipalities', ['smolensk-city'])
    const { user } = renderUi(<FilterBar />)
    await user.click(combobox())
    const state = useAppStore.getState()
    const datasets = selectDatasets(state)
    const expected = optionCounts(
      { places: selectPlaces(state), visits: datasets.visits, events: datasets.events },
      state.filters,
      selectFilterIndex(state),
      'industries',
      ['aerospace', 'energy', 'multi-sector'],
    )
    expect([...expected.values()]).toEqual([3, 0, 1])
    const group = screen.getByRole('group', { name: 'Отрасль' })
    const shown = within(group)
      .getAllByRole('option')
      .map((o) => [nameOf(o), o.lastChild?.textContent])
    // Shown beside the label and said in its name; the value that leaves none comes last.
    expect(shown).toEqual([
      ['Авиация и космос, 3 записи', String(expected.get('aerospace'))],
      ['Многоотраслевой, 1 запись', String(expected.get('multi-sector'))],
      ['Энергетика, 0 записей', String(expected.get('energy'))],
    ])
    // The municipality already chosen is not offered again; another counts with it.
    expect(
      within(screen.getByRole('group', { name: 'Муниципальное образование' }))
        .getAllByRole('option')
        .map(nameOf),
    ).toEqual(['Рославльский муниципальный округ, 5 записей'])
  })

  it('adds exactly the active option on Enter, clears the text and keeps the focus', async () => {
    seedDatasets()
    const { user } = renderUi(<FilterBar />)
    await user.click(combobox())
    await user.keyboard('{Escape}{ArrowDown}{ArrowDown}{ArrowDown}')
    expect(activeName()).toBe(ALL_OPTIONS[2])
    await user.keyboard('{ArrowUp}')
    expect(activeName()).toBe(ALL_OPTIONS[1])
    await user.keyboard('{Enter}')
    expect(filters()).toEqual({ ...DEFAULT_FILTERS, industries: ['energy'] })
    expect(combobox()).toHaveFocus()
    expect(combobox()).toHaveValue('')
    expect(combobox()).toHaveAttribute('aria-expanded', 'false')
    expect(chips().map((c) => c.textContent)).toEqual(['Отрасль: Энергетика×'])

    // Wrapping: ↑ from the first goes to the last; End and Home jump.
    await user.keyboard('{ArrowDown}{ArrowUp}')
    expect(activeName()).toBe('Брянская область, 0 записей')
    await user.keyboard('{Home}')
    expect(activeName()).toBe('Авиация и космос, 5 записей')
    await user.keyboard('{End}{Enter}')
    expect(filters()).toEqual({
      ...DEFAULT_FILTERS,
      industries: ['energy'],
      regions: ['RU-BRY'],
    })
  })

  it('narrows the options as one types, ignoring case and ё/е', async () => {
    seedDatasets()
    const { user } = renderUi(<FilterBar />)
    await user.type(combobox(), 'ЭНЁРГ')
    expect(optionNames()).toEqual(['Энергетика, 2 записи'])
    expect(activeName()).toBe('Энергетика, 2 записи')
    await user.clear(combobox())
    await user.type(combobox(), 'обл')
    expect(optionNames()).toEqual(ALL_OPTIONS.slice(5))
    await user.click(screen.getByRole('option', { name: /^Челябинская/ }))
    expect(filters().regions).toEqual(['RU-CHE'])
    expect(combobox()).toHaveValue('')
    expect(combobox()).toHaveFocus()
  })

  it('says «Ничего не найдено» when nothing matches; Escape closes, a second clears', async () => {
    seedDatasets()
    const { user } = renderUi(<FilterBar />)
    await user.type(combobox(), 'нет такого')
    expect(screen.queryAllByRole('option')).toHaveLength(0)
    expect(screen.getByText('Ничего не найдено')).toHaveAttribute('role', 'status')
    await user.keyboard('{Enter}')
    expect(filters()).toEqual(DEFAULT_FILTERS)
    await user.keyboard('{Escape}')
    expect(screen.queryByText('Ничего не найдено')).toBeNull()
    expect(combobox()).toHaveValue('нет такого')
    await user.keyboard('{Escape}')
    expect(combobox()).toHaveValue('')
  })
})

describe('the filter bar (StrictMode)', () => {
  it('shows each active value as a chip that removes it', async () => {
    seedDatasets()
    useAppStore.getState().setFilter('industries', ['energy', 'aerospace'])
    const { user } = renderUi(<FilterBar />)
    expect(chips().map((c) => c.textContent)).toEqual([
      'Отрасль: Энергетика×',
      'Отрасль: Авиация и космос×',
    ])
    await user.click(
      screen.getByRole('button', { name: 'Убрать фильтр «Отрасль: Энергетика»' }),
    )
    expect(filters().industries).toEqual(['aerospace'])
    expect(chips()).toHaveLength(1)
  })

  it('shows a list longer than the cap as one chip that names its number and clears it', async () => {
    seedDatasets()
    const ids = Array.from({ length: MAX_CHIPS + 1 }, (_, i) => `m${i}`)
    useAppStore.getState().setFilter('municipalities', ids)
    useAppStore.getState().setFilter('industries', ['energy'])
    const { user } = renderUi(<FilterBar />)
    expect(chips().map((c) => c.textContent)).toEqual([
      'Отрасль: Энергетика×',
      `Округ: ${MAX_CHIPS + 1} значений×`,
    ])
    await user.click(
      screen.getByRole('button', {
        name: `Убрать фильтр «Округ: ${MAX_CHIPS + 1} значений»`,
      }),
    )
    expect(filters().municipalities).toEqual([])
    expect(filters().industries).toEqual(['energy'])
  })

  it('writes the search into the filters and resets every filter at once', async () => {
    seedDatasets()
    const { user } = renderUi(<FilterBar />)
    await user.type(screen.getByRole('searchbox', { name: 'Поиск' }), 'Альфа')
    expect(filters().q).toBe('Альфа')
    await user.click(combobox())
    await user.click(screen.getByRole('option', { name: /^Авиация и космос/ }))
    expect(chips()).toHaveLength(2)
    await user.click(screen.getByRole('button', { name: 'Сбросить' }))
    expect(filters()).toEqual(DEFAULT_FILTERS)
    expect(screen.getByRole('searchbox', { name: 'Поиск' })).toHaveValue('')
    expect(chips()).toHaveLength(0)
    expect(screen.queryByRole('button', { name: 'Сбросить' })).toBeNull()
  })

  it('says when no record matches the filters, next to «Сбросить»', async () => {
    seedDatasets()
    const { user } = renderUi(<FilterBar />)
    expect(screen.queryByText('Под фильтры не подходит ни одна запись')).toBeNull()
    await user.type(screen.getByRole('searchbox', { name: 'Поиск' }), 'Альфа')
    expect(screen.queryByText('Под фильтры не подходит ни одна запись')).toBeNull()
    await user.type(screen.getByRole('searchbox', { name: 'Поиск' }), 'ъъъ')
    expect(screen.getByText('Под фильтры не подходит ни одна запись')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Сбросить' }))
    expect(screen.queryByText('Под фильтры не подходит ни одна запись')).toBeNull()
  })

  it('toggles neighbouring regions’ news under «Ещё»', async () => {
    seedDatasets()
    const { user } = renderUi(<FilterBar />)
    await user.click(screen.getByText('Ещё'))
    await user.click(screen.getByRole('checkbox', { name: 'Новости соседних регионов' }))
    expect(filters().relevance).not.toEqual(DEFAULT_FILTERS.relevance)
    expect(chips().map((c) => c.textContent)).toEqual(['Новости соседних регионов×'])
  })
})

describe('the period fields (StrictMode)', () => {
  const from = () => screen.getByRole('textbox', { name: 'Начало периода' })
  const to = () => screen.getByRole('textbox', { name: 'Конец периода' })
  const error = () =>
    document.getElementById(from().getAttribute('aria-describedby') ?? '')

  it('read ДД.ММ.ГГГГ in Russian whatever the browser, and show the filter so', async () => {
    seedDatasets()
    expect(navigator.language).toBe('en-US')
    const { user } = renderUi(<FilterBar />)
    expect(from()).toHaveAttribute('placeholder', 'ДД.ММ.ГГГГ')
    expect(from()).toHaveAttribute('inputmode', 'numeric')
    await user.type(from(), '05.11.2025{Enter}')
    expect(filters().from).toBe('2025-11-05')
    expect(from()).toHaveValue('05.11.2025')
    await user.type(to(), '2025-12-31')
    await user.tab()
    expect(filters().to).toBe('2025-12-31')
    expect(to()).toHaveValue('31.12.2025')
    // A period set elsewhere (the timeline, a link) shows at once.
    useAppStore.getState().setPeriod('2024-07-01', null)
    expect(await screen.findByDisplayValue('01.07.2024')).toBe(from())
    expect(to()).toHaveValue('')
  })

  it('show an error for a day that does not exist and leave the filter', async () => {
    seedDatasets()
    useAppStore.getState().setPeriod('2025-01-10', null)
    const { user } = renderUi(<FilterBar />)
    await user.clear(from())
    await user.type(from(), '31.02.2025{Enter}')
    expect(filters().from).toBe('2025-01-10')
    expect(from()).toHaveAttribute('aria-invalid', 'true')
    expect(error()).toHaveTextContent('Такой даты нет: 31.02.2025')
    expect(from()).toHaveAccessibleDescription('Такой даты нет: 31.02.2025')
    await user.clear(from())
    await user.type(from(), 'завтра')
    await user.tab()
    expect(error()).toHaveTextContent('Введите дату как ДД.ММ.ГГГГ')
    expect(filters().from).toBe('2025-01-10')
    await user.clear(from())
    await user.type(from(), '1.2.2025{Enter}')
    expect(filters().from).toBe('2025-02-01')
    expect(from()).not.toHaveAttribute('aria-invalid')
    expect(error()).toBeEmptyDOMElement()
  })

  it('read the browser’s order in English: en-US month first', async () => {
    seedDatasets()
    useAppStore.getState().setLanguage('en')
    const { user } = renderUi(<FilterBar />)
    expect(from()).toHaveAttribute('placeholder', 'MM/DD/YYYY')
    await user.type(from(), '11/05/2025{Enter}')
    expect(filters().from).toBe('2025-11-05')
    expect(from()).toHaveValue('11/05/2025')
  })
})
