import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { useAppStore } from '@/store/app-store'
import { renderUi } from '@/testing/render'
import { seedDatasets } from '@/testing/seed'

import { ChartsPanel } from './charts-panel'

/** Puts the fixture dataset in the store, as the loader would, then renders the panel. */
function renderCharts() {
  seedDatasets()
  renderUi(<ChartsPanel />)
}

function title(testId: string) {
  return within(screen.getByTestId(testId)).getByRole('heading', { level: 3 })
}

/** Opens the data table of a chart, as a keyboard user would, and returns it. */
async function openTable(testId: string) {
  const figure = screen.getByTestId(testId)
  await userEvent.click(within(figure).getByText('Таблица данных'))
  return within(figure).findByRole('table')
}

function rows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent)
}

describe('the cooperation charts on the fixture data', () => {
  it('waits for the data before drawing anything', () => {
    renderUi(<ChartsPanel />)
    expect(screen.getByRole('status')).toHaveTextContent('Загрузка')
    expect(screen.queryByRole('figure')).toBeNull()
  })

  it('titles each chart with what it counts, in Russian plurals', () => {
    renderCharts()
    expect(title('chart-regions')).toHaveTextContent(
      'Визиты по регионам-партнёрам: 1 визит',
    )
    expect(title('chart-industries')).toHaveTextContent(
      'Предприятия и парки по отраслям: 4 объекта',
    )
    expect(title('chart-municipalities')).toHaveTextContent(
      'Предприятия и парки по муниципальным образованиям: 4 объекта',
    )
    expect(title('chart-flows')).toHaveTextContent(/отрасль, 1 визит$/)
    expect(screen.getByRole('figure', { name: /по отраслям/ })).toBe(
      screen.getByTestId('chart-industries'),
    )
  })

  it('gives every chart a data table of the same series', async () => {
    renderCharts()
    expect(rows(await openTable('chart-regions'))).toEqual(['Челябинская область1'])
    expect(rows(await openTable('chart-industries'))).toEqual([
      'Авиация и космос2',
      'Энергетика2',
      'Многоотраслевой1',
    ])
    expect(rows(await openTable('chart-municipalities'))).toEqual([
      'город Смоленск2',
      'Рославльский муниципальный округ1',
      'Не указано1',
    ])
    expect(rows(await openTable('chart-flows'))).toEqual([
      'Челябинская областьЗавод «Альфа»1',
      'Завод «Альфа»Авиация и космос1',
    ])
  })

  it('toggles the industry filter from a table button and shows the choice everywhere', async () => {
    renderCharts()
    const table = await openTable('chart-industries')
    const energy = within(table).getByRole('button', { name: 'Энергетика' })
    expect(energy).toHaveAttribute('data-value', 'energy')
    expect(energy).toHaveAttribute('aria-pressed', 'false')

    await userEvent.click(energy)
    expect(useAppStore.getState().filters.industries).toEqual(['energy'])
    await waitFor(() =>
      expect(
        within(screen.getByTestId('chart-industries')).getByRole('button', {
          name: 'Энергетика',
        }),
      ).toHaveAttribute('aria-pressed', 'true'),
    )
    // The other industries stay listed so they can be added; the counts follow the filter.
    expect(
      within(screen.getByTestId('chart-industries')).getByRole('button', {
        name: 'Многоотраслевой',
      }),
    ).toHaveAttribute('aria-pressed', 'false')
    expect(title('chart-industries')).toHaveTextContent(
      'Предприятия и парки по отраслям: 2 объекта (с учётом фильтров)',
    )
    expect(title('chart-municipalities')).toHaveTextContent(': 2 объекта')
    // Alpha, the only visited place, is aerospace: no flow is left to draw.
    expect(
      within(screen.getByTestId('chart-flows')).getByRole('status'),
    ).toHaveTextContent('нет визитов')

    await userEvent.click(
      within(screen.getByTestId('chart-industries')).getByRole('button', {
        name: 'Энергетика',
      }),
    )
    expect(useAppStore.getState().filters.industries).toEqual([])
    expect(title('chart-industries')).toHaveTextContent(': 4 объекта')
  })

  it('toggles regions and municipalities, and selects an organisation from the flows', async () => {
    renderCharts()
    const municipalities = await openTable('chart-municipalities')
    const unstated = within(municipalities).getByRole('button', { name: 'Не указано' })
    expect(unstated).toHaveAttribute('data-value', '')
    await userEvent.click(unstated)
    expect(useAppStore.getState().filters.municipalities).toEqual([''])
    expect(title('chart-municipalities')).toHaveTextContent(
      ': 1 объект (с учётом фильтров)',
    )
    await userEvent.click(
      within(screen.getByTestId('chart-municipalities')).getByRole('button', {
        name: 'Сбросить выбор',
      }),
    )
    expect(useAppStore.getState().filters.municipalities).toEqual([])

    // A partner region narrows the places to those its visits name: only Alpha is left.
    const regions = await openTable('chart-regions')
    await userEvent.click(
      within(regions).getByRole('button', { name: 'Челябинская область' }),
    )
    expect(useAppStore.getState().filters.regions).toEqual(['RU-CHE'])
    expect(title('chart-municipalities')).toHaveTextContent(
      ': 1 объект (с учётом фильтров)',
    )
    expect(
      within(screen.getByTestId('chart-regions')).getByRole('button', {
        name: 'Челябинская область',
      }),
    ).toHaveAttribute('aria-pressed', 'true')

    const flows = await openTable('chart-flows')
    const [alpha] = within(flows).getAllByRole('button', { name: 'Завод «Альфа»' })
    expect(alpha).toHaveAttribute('data-kind', 'place')
    await userEvent.click(alpha!)
    expect(useAppStore.getState().selectedId).toBe('ent-a')
  })

  it('says so when the filters leave nothing to count', async () => {
    renderCharts()
    useAppStore.getState().setFilter('q', 'ничего такого нет')
    for (const id of ['chart-regions', 'chart-flows', 'chart-industries']) {
      await waitFor(() =>
        expect(within(screen.getByTestId(id)).getByRole('status')).toHaveTextContent(
          'При текущих фильтрах',
        ),
      )
    }
    expect(within(screen.getByTestId('chart-industries')).queryByRole('table')).toBeNull()
    expect(title('chart-regions')).toHaveTextContent(': 0 визитов (с учётом фильтров)')
  })
})
