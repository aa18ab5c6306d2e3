import { act, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { fixture } from '@/testing/fixtures'
import { renderUi } from '@/testing/render'
import { seedDatasets } from '@/testing/seed'
import { useAppStore } from '@/store/app-store'

import { BASE_INTERVAL_MS } from './timeline-controller'
import { FEED_PAGE } from './timeline-feed'
import { TimelinePanel } from './timeline-panel'

/** Puts the fixture files (events optionally replaced) into the store as loaded. */
function loadFixture(events?: readonly unknown[]) {
  seedDatasets({ records: events && { events } })
}

function feedItems() {
  return within(screen.getByTestId('timeline-feed')).getAllByRole('listitem')
}

/** Lets fake time pass, inside `act` so React applies what the timers changed. */
function pass(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms)
  })
}

afterEach(() => {
  vi.useRealTimers()
})

describe('TimelinePanel', () => {
  it('waits for the visits and events files', () => {
    renderUi(<TimelinePanel />)
    expect(screen.getByRole('status')).toHaveTextContent('Загрузка…')
  })

  it('lists visits and events newest first, with dates as precise as they are known', () => {
    loadFixture()
    renderUi(<TimelinePanel />)
    const items = feedItems()
    // The neighbours' news is not Smolensk industry news, so the default filters hide it.
    expect(items).toHaveLength(2)
    expect(items[0]).toHaveTextContent('не позднее 15 ноября 2025')
    expect(items[0]).toHaveTextContent('Визит')
    expect(items[0]).toHaveTextContent('Визит делегации')
    expect(items[0]).toHaveTextContent('Связано: Завод «Альфа»')
    expect(items[1]).toHaveTextContent('июль 2024')
    expect(items[1]).toHaveTextContent('Встреча')
    expect(screen.getByText('2 записи')).toBeVisible()
  })

  it('selects the first linked place with coordinates, or the record itself', async () => {
    const [meeting] = fixture['events.json'].records
    loadFixture([
      meeting,
      { ...meeting, id: 'ev-unplaced', date: '2024-08', entities: ['ent-c'] },
    ])
    renderUi(<TimelinePanel />)
    const first = within(feedItems()[0] as HTMLElement).getByRole('button')
    await userEvent.click(first)
    expect(useAppStore.getState().selectedId).toBe('ent-a')
    expect(first).toHaveAttribute('aria-current', 'true')
    const unplaced = feedItems().find((item) => item.dataset.recordId === 'ev-unplaced')
    await userEvent.click(within(unplaced as HTMLElement).getByRole('button'))
    expect(useAppStore.getState().selectedId).toBe('ev-unplaced')
  })

  it('steps the cursor month by month into the store, and dims what comes later', async () => {
    loadFixture()
    renderUi(<TimelinePanel />)
    const cursor = screen.getByTestId('timeline-cursor')
    expect(cursor).toHaveTextContent('все даты')
    const forward = screen.getByRole('button', { name: 'Шаг вперёд' })
    await userEvent.click(forward)
    expect(useAppStore.getState().timelineCursor).toBe('2024-07-31')
    expect(cursor).toHaveTextContent('июль 2024')
    expect(feedItems()[0]).toHaveClass('is-later')
    expect(feedItems()[1]).not.toHaveClass('is-later')
    await userEvent.click(forward)
    expect(useAppStore.getState().timelineCursor).toBe('2024-08-31')
    await userEvent.click(screen.getByRole('button', { name: 'Шаг назад' }))
    await userEvent.click(screen.getByRole('button', { name: 'Шаг назад' }))
    expect(useAppStore.getState().timelineCursor).toBe('2024-07-31')
    await userEvent.click(screen.getByRole('button', { name: 'Показать все даты' }))
    expect(useAppStore.getState().timelineCursor).toBeNull()
    expect(feedItems()[0]).not.toHaveClass('is-later')
  })

  it('plays, pauses, changes speed, and stops when the panel goes away', () => {
    vi.useFakeTimers()
    loadFixture()
    const { unmount } = renderUi(<TimelinePanel />)
    const play = screen.getByTestId('timeline-play')
    fireEvent.click(play)
    expect(play).toHaveTextContent('Пауза')
    expect(useAppStore.getState().timelineCursor).toBe('2024-07-31')
    pass(BASE_INTERVAL_MS)
    expect(useAppStore.getState().timelineCursor).toBe('2024-08-31')
    fireEvent.change(screen.getByLabelText('Скорость'), { target: { value: '4' } })
    pass(BASE_INTERVAL_MS / 4)
    expect(useAppStore.getState().timelineCursor).toBe('2024-09-30')
    fireEvent.click(play)
    expect(play).toHaveTextContent('Воспроизвести')
    pass(BASE_INTERVAL_MS * 10)
    expect(useAppStore.getState().timelineCursor).toBe('2024-09-30')
    fireEvent.click(play)
    pass(BASE_INTERVAL_MS / 4)
    expect(useAppStore.getState().timelineCursor).toBe('2024-10-31')
    unmount()
    pass(BASE_INTERVAL_MS * 10)
    expect(useAppStore.getState().timelineCursor).toBe('2024-10-31')
  })

  it('shows the period the filters hold and resets it', async () => {
    loadFixture()
    useAppStore.getState().setPeriod('2024-07-01', '2025-10-31')
    renderUi(<TimelinePanel />)
    expect(screen.getByText('Период: 1 июля 2024 — 31 октября 2025')).toBeVisible()
    // The visit is after the period: the feed follows the period, the bars do not.
    expect(feedItems()).toHaveLength(1)
    await userEvent.click(screen.getByRole('button', { name: 'Сбросить период' }))
    expect(useAppStore.getState().filters).toMatchObject({ from: null, to: null })
    expect(feedItems()).toHaveLength(2)
  })

  it('shows the first page of a long feed and more on request', async () => {
    const [meeting] = fixture['events.json'].records
    if (!meeting) throw new Error('no fixture event')
    loadFixture(
      Array.from({ length: FEED_PAGE + 9 }, (_, i) => ({
        ...meeting,
        id: `ev-${i}`,
        date: `20${String(10 + Math.floor(i / 12)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}`,
      })),
    )
    renderUi(<TimelinePanel />)
    // Counted without role queries, which are slow over hundreds of items.
    const feed = screen.getByTestId('timeline-feed')
    const total = FEED_PAGE + 10
    expect(feed.querySelectorAll('li')).toHaveLength(FEED_PAGE)
    expect(
      screen.getByText(new RegExp(`${total} запис[а-я]*, показаны первые ${FEED_PAGE}`)),
    ).toBeVisible()
    await userEvent.click(screen.getByText('Показать ещё'))
    expect(feed.querySelectorAll('li')).toHaveLength(total)
    expect(screen.queryByText('Показать ещё')).toBeNull()
  })
})
