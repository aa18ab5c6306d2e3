import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { useAppStore } from '@/store/app-store'
import { fixture } from '@/testing/fixtures'
import { renderUi } from '@/testing/render'
import { seedDatasets } from '@/testing/seed'

import { FEED_PAGE, WhatsNew } from './whats-new'

const [meeting] = fixture['events.json'].records
if (!meeting) throw new Error('no fixture event')

function items() {
  return within(screen.getByTestId('whats-new')).getAllByRole('listitem')
}
const count = () => screen.getByTestId('whats-new-count').textContent

describe('WhatsNew', () => {
  it('waits for the visits and events files', () => {
    renderUi(<WhatsNew />)
    expect(within(screen.getByTestId('whats-new')).getByRole('status')).toHaveTextContent(
      'Загрузка…',
    )
  })

  it('lists visits and events newest first: date, kind, title and linked organisations', () => {
    seedDatasets()
    renderUi(<WhatsNew />)
    const list = items()
    // The neighbours' news is not Smolensk industry news, so the default filters hide it.
    expect(list).toHaveLength(2)
    expect(list[0]).toHaveTextContent('не позднее 15 ноября 2025')
    expect(list[0]).toHaveTextContent('Визит')
    expect(list[0]).toHaveTextContent('Визит делегации')
    expect(list[0]).toHaveTextContent('Связано: Завод «Альфа»')
    expect(list[1]).toHaveTextContent('июль 2024')
    expect(list[1]).toHaveTextContent('Встреча')
    expect(screen.getByRole('heading')).toHaveTextContent(
      'Что нового 1 событие · 1 визит',
    )
    expect(count()).toBe('1')
  })

  it('counts and lists what the filters leave, with a clear empty state', () => {
    seedDatasets({
      records: {
        events: [
          meeting,
          { ...meeting, id: 'ev-energy', date: '2025-01', entities: ['ent-b'] },
          { ...meeting, id: 'ev-bare', date: '2025-02', entities: undefined },
        ],
      },
    })
    renderUi(<WhatsNew />)
    expect(count()).toBe('3')
    expect(items()).toHaveLength(4)
    act(() => useAppStore.getState().toggleFilterValue('industries', 'energy'))
    // Only the event linking Beta (energy); the visit links Alpha (aerospace).
    expect(count()).toBe('1')
    expect(items().map((item) => item.dataset.recordId)).toEqual(['ev-energy'])
    act(() => useAppStore.getState().toggleFilterValue('municipalities', 'smolensk-city'))
    expect(count()).toBe('0')
    expect(screen.queryByRole('list')).toBeNull()
    expect(screen.getByRole('status')).toHaveTextContent(
      'Под выбранные фильтры не подходит ни одно событие или визит.',
    )
  })

  it('lists an event reporting a visit as well as the visit, as the tile counts it', () => {
    const [visit] = fixture['visits.json'].records
    seedDatasets({
      records: {
        events: [{ ...meeting, id: 'ev-report', type: 'visit', visit: visit?.id }],
      },
    })
    renderUi(<WhatsNew />)
    expect(count()).toBe('1')
    expect(items().map((item) => item.dataset.recordId)).toEqual(['visit-a', 'ev-report'])
  })

  it('selects the first linked place with coordinates, or the record itself', async () => {
    seedDatasets({
      records: {
        events: [
          meeting,
          { ...meeting, id: 'ev-unplaced', date: '2024-08', entities: ['ent-c'] },
        ],
      },
    })
    renderUi(<WhatsNew />)
    const meetingRow = items().find((item) => item.dataset.recordId === 'ev-a')
    const button = within(meetingRow as HTMLElement).getByRole('button')
    await userEvent.click(button)
    expect(useAppStore.getState().selectedId).toBe('ent-a')
    expect(button).toHaveAttribute('aria-current', 'true')
    const unplaced = items().find((item) => item.dataset.recordId === 'ev-unplaced')
    await userEvent.click(within(unplaced as HTMLElement).getByRole('button'))
    expect(useAppStore.getState().selectedId).toBe('ev-unplaced')
  })

  it('dims what the timeline cursor has not reached', () => {
    seedDatasets()
    renderUi(<WhatsNew />)
    act(() => useAppStore.getState().setTimelineCursor('2024-07-31'))
    expect(items()[0]).toHaveClass('is-later')
    expect(items()[0]).toHaveTextContent('позже отметки на шкале')
    expect(items()[1]).not.toHaveClass('is-later')
    act(() => useAppStore.getState().setTimelineCursor(null))
    expect(items()[0]).not.toHaveClass('is-later')
  })

  it('shows the first page of a long list and more on request', async () => {
    seedDatasets({
      records: {
        events: Array.from({ length: FEED_PAGE + 9 }, (_, i) => ({
          ...meeting,
          id: `ev-${i}`,
          date: `20${String(10 + Math.floor(i / 12)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}`,
        })),
      },
    })
    renderUi(<WhatsNew />)
    // Counted without role queries, which are slow over hundreds of items.
    const root = screen.getByTestId('whats-new')
    expect(root.querySelectorAll('li')).toHaveLength(FEED_PAGE)
    expect(count()).toBe(String(FEED_PAGE + 9))
    expect(root).toHaveTextContent(`показаны первые ${FEED_PAGE}`)
    await userEvent.click(screen.getByText('Показать ещё'))
    expect(root.querySelectorAll('li')).toHaveLength(FEED_PAGE + 10)
    expect(screen.queryByText('Показать ещё')).toBeNull()
  })
})
