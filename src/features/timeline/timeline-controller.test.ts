// @vitest-environment node

import { describe, expect, it } from 'vitest'

import {
  BASE_INTERVAL_MS,
  type Scheduler,
  TimelineController,
  type TimelineControllerOptions,
} from './timeline-controller'

/** A scheduler that only runs its callbacks when the test says so. */
function fakeScheduler() {
  const pending: { callback: () => void; ms: number; cancelled: boolean }[] = []
  const schedule: Scheduler = (callback, ms) => {
    const task = { callback, ms, cancelled: false }
    pending.push(task)
    return () => {
      task.cancelled = true
    }
  }
  const live = () => pending.filter((task) => !task.cancelled)
  return {
    schedule,
    live,
    /** Runs the one live task, as if its time had come. */
    fire() {
      const [task, ...rest] = live()
      if (!task || rest.length > 0) throw new Error(`${live().length} live tasks, not 1`)
      task.cancelled = true
      task.callback()
    },
  }
}

const MONTHS = ['2024-01', '2024-02', '2024-03']

function setup(options: TimelineControllerOptions = {}) {
  const scheduler = fakeScheduler()
  const cursors: (string | null)[] = []
  const controller = new TimelineController({
    months: MONTHS,
    scheduler: scheduler.schedule,
    onCursor: (month) => cursors.push(month),
    ...options,
  })
  return { controller, scheduler, cursors }
}

describe('TimelineController', () => {
  it('starts with the cursor off and not playing', () => {
    const { controller } = setup()
    expect(controller.getSnapshot()).toMatchObject({
      cursor: null,
      playing: false,
      speed: 1,
    })
  })

  it('play shows the first month and advances one month per tick', () => {
    const { controller, scheduler, cursors } = setup()
    controller.play()
    expect(controller.getSnapshot()).toMatchObject({ cursor: '2024-01', playing: true })
    scheduler.fire()
    expect(controller.getSnapshot().cursor).toBe('2024-02')
    expect(cursors).toEqual(['2024-01', '2024-02'])
  })

  it('stops playing on reaching the last month', () => {
    const { controller, scheduler } = setup()
    controller.play()
    scheduler.fire()
    scheduler.fire()
    expect(controller.getSnapshot()).toMatchObject({ cursor: '2024-03', playing: false })
    expect(scheduler.live()).toHaveLength(0)
  })

  it('starts over when played from the end', () => {
    const { controller } = setup()
    controller.stepBack()
    expect(controller.getSnapshot().cursor).toBe('2024-03')
    controller.play()
    expect(controller.getSnapshot()).toMatchObject({ cursor: '2024-01', playing: true })
  })

  it('pause stops the cursor where it is', () => {
    const { controller, scheduler } = setup()
    controller.togglePlay()
    controller.togglePlay()
    expect(controller.getSnapshot()).toMatchObject({ cursor: '2024-01', playing: false })
    expect(scheduler.live()).toHaveLength(0)
  })

  it('steps clamp at both ends and pause playback', () => {
    const { controller, scheduler } = setup()
    controller.stepForward()
    expect(controller.getSnapshot().cursor).toBe('2024-01')
    controller.stepBack()
    expect(controller.getSnapshot().cursor).toBe('2024-01')
    controller.play()
    controller.stepForward()
    controller.stepForward()
    controller.stepForward()
    expect(controller.getSnapshot()).toMatchObject({ cursor: '2024-03', playing: false })
    expect(scheduler.live()).toHaveLength(0)
  })

  it('speed changes the interval, also of the tick already waiting', () => {
    const { controller, scheduler } = setup()
    controller.play()
    expect(scheduler.live()[0]?.ms).toBe(BASE_INTERVAL_MS)
    controller.setSpeed(4)
    expect(scheduler.live().map((task) => task.ms)).toEqual([BASE_INTERVAL_MS / 4])
    expect(controller.interval).toBe(BASE_INTERVAL_MS / 4)
  })

  it('reset stops and turns the cursor off', () => {
    const { controller, cursors } = setup()
    controller.play()
    controller.reset()
    expect(controller.getSnapshot()).toMatchObject({ cursor: null, playing: false })
    expect(cursors).toEqual(['2024-01', null])
  })

  it('with reduced motion plays slower by default, but still plays', () => {
    const { controller, scheduler } = setup({ reducedMotion: true })
    expect(controller.getSnapshot()).toMatchObject({ speed: 0.5, reducedMotion: true })
    controller.play()
    expect(scheduler.live()[0]?.ms).toBe(BASE_INTERVAL_MS * 2)
    scheduler.fire()
    expect(controller.getSnapshot().cursor).toBe('2024-02')
  })

  it('follows a change of the motion setting unless a speed was chosen', () => {
    const { controller } = setup()
    controller.setReducedMotion(true)
    expect(controller.getSnapshot().speed).toBe(0.5)
    controller.setSpeed(2)
    controller.setReducedMotion(false)
    expect(controller.getSnapshot().speed).toBe(2)
  })

  it('keeps the cursor on its month, or the nearest earlier one, when the months change', () => {
    const { controller, cursors } = setup()
    controller.stepBack()
    controller.setMonths(['2024-02', '2024-03', '2024-04'])
    expect(controller.getSnapshot().cursor).toBe('2024-03')
    controller.setMonths(['2024-01', '2024-02'])
    expect(controller.getSnapshot().cursor).toBe('2024-02')
    controller.setMonths([])
    expect(controller.getSnapshot().cursor).toBeNull()
    expect(cursors).toEqual(['2024-03', '2024-02', null])
  })

  it('tells subscribers about every change and lets them go', () => {
    const { controller } = setup()
    let calls = 0
    const unsubscribe = controller.subscribe(() => (calls += 1))
    controller.stepForward()
    controller.setSpeed(2)
    unsubscribe()
    controller.stepForward()
    expect(calls).toBe(2)
  })

  it('does nothing without months', () => {
    const { controller, scheduler } = setup({ months: [] })
    controller.play()
    controller.stepForward()
    expect(controller.getSnapshot()).toMatchObject({ cursor: null, playing: false })
    expect(scheduler.live()).toHaveLength(0)
  })
})
