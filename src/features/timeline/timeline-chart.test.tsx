import { act, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { monthBin as bin } from '@/testing/time-bins'
import { renderUi } from '@/testing/render'

import { TimelineChart } from './timeline-chart'
import { TimelineController } from './timeline-controller'

const BINS = [
  bin('2024-01', 1, 2),
  bin('2024-02', 0, 0),
  bin('2024-03', 4, 0),
  bin('2024-04', 0, 1),
  bin('2024-05', 2, 2),
]

/** jsdom lays nothing out: the chart is told its frame is 600 px wide, as a browser would. */
class WideObserver {
  private readonly report: ResizeObserverCallback
  constructor(report: ResizeObserverCallback) {
    this.report = report
  }
  observe(target: Element) {
    this.report(
      [{ target, contentRect: { width: 600 } } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    )
  }
  disconnect() {}
}

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', WideObserver)
})
afterEach(() => {
  vi.unstubAllGlobals()
})

function renderChart(range = { start: 0, end: 4 }) {
  const onBrush = vi.fn()
  const onBrushEnd = vi.fn()
  const controller = new TimelineController({ months: BINS.map((b) => b.last) })
  const view = renderUi(
    <TimelineChart
      bins={BINS}
      unit="month"
      locale="ru"
      range={range}
      controller={controller}
      onBrush={onBrush}
      onBrushEnd={onBrushEnd}
    />,
  )
  return { ...view, onBrush, onBrushEnd, controller }
}

describe('TimelineChart', () => {
  it('stacks a bar per kind and month in view, names the kinds and says what it shows', () => {
    const { container } = renderChart()
    // Non-empty pieces: Jan visit + meeting, Mar visit, Apr meeting, May visit + meeting.
    expect(container.querySelectorAll('.timeline-chart__bar')).toHaveLength(6)
    const legend = container.querySelector('.timeline-chart__legend')
    expect(legend).toHaveTextContent('Визит')
    expect(legend).toHaveTextContent('Встреча')
    expect(container.querySelector('svg desc')).toHaveTextContent(
      'Столбцы — число событий и визитов по месяцам, с январь 2024 по май 2024',
    )
    const ticks = [...container.querySelectorAll('.timeline-chart__tick')]
    expect(ticks.map((t) => t.textContent)).toEqual([
      '01.2024',
      '02.2024',
      '03.2024',
      '04.2024',
      '05.2024',
    ])
  })

  it('draws only the bins the brush spans', () => {
    const { container } = renderChart({ start: 2, end: 3 })
    expect(container.querySelectorAll('.timeline-chart__bar')).toHaveLength(2)
    expect(
      [...container.querySelectorAll('.timeline-chart__tick')].map((t) => t.textContent),
    ).toEqual(['03.2024', '04.2024'])
  })

  it('moves a brush handle from the keyboard, never past the other one', () => {
    const { onBrush } = renderChart({ start: 1, end: 3 })
    const start = screen.getByRole('slider', { name: 'Начало периода' })
    const end = screen.getByRole('slider', { name: 'Конец периода' })
    expect(start).toHaveAttribute('aria-valuetext', 'февраль 2024')
    expect(end).toHaveAttribute('aria-valuenow', '3')
    fireEvent.keyDown(start, { key: 'ArrowRight' })
    expect(onBrush).toHaveBeenLastCalledWith({ start: 2, end: 3 })
    fireEvent.keyDown(start, { key: 'End' })
    expect(onBrush).toHaveBeenLastCalledWith({ start: 3, end: 3 })
    fireEvent.keyDown(end, { key: 'Home' })
    expect(onBrush).toHaveBeenLastCalledWith({ start: 1, end: 1 })
    fireEvent.keyDown(end, { key: 'PageUp' })
    expect(onBrush).toHaveBeenLastCalledWith({ start: 1, end: 4 })
  })

  it('says nothing when a handle is already at its end', () => {
    const { onBrush } = renderChart({ start: 0, end: 4 })
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Начало периода' }), {
      key: 'ArrowLeft',
    })
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Конец периода' }), {
      key: 'End',
    })
    expect(onBrush).not.toHaveBeenCalled()
  })

  it('drags a handle and ends the drag with the period reached', () => {
    const { onBrush, onBrushEnd } = renderChart()
    const start = screen.getByRole('slider', { name: 'Начало периода' })
    // The plot starts 36 px in and is 556 px wide: 111.2 px per month.
    fireEvent.pointerDown(start, { pointerId: 1, clientX: 36 })
    fireEvent.pointerMove(start, { pointerId: 1, clientX: 36 + 111.2 * 2.5 })
    expect(onBrush).toHaveBeenLastCalledWith({ start: 2, end: 4 })
    fireEvent.pointerUp(start, { pointerId: 1 })
    expect(onBrushEnd).toHaveBeenCalledWith({ start: 2, end: 4 })
  })

  it('shows the counts of the month under the pointer', () => {
    const { container } = renderChart()
    const plot = container.querySelector('.timeline-chart__pointer')
    if (!plot) throw new Error('no pointer area')
    fireEvent.pointerMove(plot, { clientX: 36 + 111.2 * 4.5 })
    const tip = container.querySelector('.timeline-chart__tooltip')
    expect(tip).toHaveTextContent('май 2024')
    expect(tip).toHaveTextContent('Визит: 2')
    expect(tip).toHaveTextContent('Встреча: 2')
    fireEvent.pointerLeave(plot)
    expect(container.querySelector('.timeline-chart__tooltip')).toBeNull()
  })

  it('draws the playback cursor on its month, and none without one', () => {
    const { container, controller } = renderChart()
    expect(container.querySelector('.timeline-chart__cursor')).toBeNull()
    act(() => controller.stepForward())
    const line = container.querySelector('.timeline-chart__cursor')
    // The first month's centre: 36 + 111.2 / 2.
    expect(Number(line?.getAttribute('x1'))).toBeCloseTo(91.6, 1)
  })
})
