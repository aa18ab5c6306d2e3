import { act, fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { renderUi } from '@/testing/render'
import { seedDatasets } from '@/testing/seed'
import { useAppStore } from '@/store/app-store'

import { BASE_INTERVAL_MS } from './timeline-controller'
import { TimelinePanel } from './timeline-panel'

/** Puts the fixture files into the store as loaded. */
function loadFixture() {
  seedDatasets()
}

const total = () => screen.getByTestId('timeline-total').textContent

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

  it('is a strip: a total of what passes the filters, the bars and playback, no list', () => {
    loadFixture()
    const { unmount } = renderUi(<TimelinePanel />)
    // The neighbours' news is not Smolensk industry news: the default filters hide it.
    expect(total()).toBe('1 событие, 1 визит')
    expect(document.querySelector('[data-record-id]')).toBeNull()
    unmount()
    useAppStore.getState().toggleFilterValue('relevance', 'neighbour-other')
    renderUi(<TimelinePanel />)
    expect(total()).toBe('2 события, 1 визит')
  })

  it('counts in its total only the visits and events linked with a chosen industry', () => {
    loadFixture()
    renderUi(<TimelinePanel />)
    // The visit and the meeting both link Alpha, an aerospace plant.
    act(() => useAppStore.getState().toggleFilterValue('industries', 'energy'))
    expect(total()).toBe('0 событий, 0 визитов')
    act(() => useAppStore.getState().toggleFilterValue('industries', 'aerospace'))
    expect(total()).toBe('1 событие, 1 визит')
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
    await userEvent.click(forward)
    expect(useAppStore.getState().timelineCursor).toBe('2024-08-31')
    await userEvent.click(screen.getByRole('button', { name: 'Шаг назад' }))
    await userEvent.click(screen.getByRole('button', { name: 'Шаг назад' }))
    expect(useAppStore.getState().timelineCursor).toBe('2024-07-31')
    await userEvent.click(screen.getByRole('button', { name: 'Показать все даты' }))
    expect(useAppStore.getState().timelineCursor).toBeNull()
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
    // The visit is after the period: the total follows the period, the bars do not.
    expect(total()).toBe('1 событие, 0 визитов')
    await userEvent.click(screen.getByRole('button', { name: 'Сбросить период' }))
    expect(useAppStore.getState().filters).toMatchObject({ from: null, to: null })
    expect(total()).toBe('1 событие, 1 визит')
  })
})
