/** Playback speeds offered, as multiples of the base pace. */
export const SPEEDS = [0.5, 1, 2, 4] as const

export type Speed = (typeof SPEEDS)[number]

/** How long one month stays on screen at 1×. */
export const BASE_INTERVAL_MS = 800

/**
 * Runs `callback` after `ms` and returns what cancels it: `setTimeout` in small, injected so
 * tests drive playback by hand instead of waiting on timers.
 */
export type Scheduler = (callback: () => void, ms: number) => () => void

const timerScheduler: Scheduler = (callback, ms) => {
  const handle = setTimeout(callback, ms)
  return () => clearTimeout(handle)
}

export interface TimelineState {
  /** The months playback walks through, in order (`YYYY-MM`). */
  months: readonly string[]
  /** The month shown last; `null` shows every date. */
  cursor: string | null
  playing: boolean
  speed: Speed
  /** The user asked for less motion: charts jump instead of animating, playback is slower. */
  reducedMotion: boolean
}

export interface TimelineControllerOptions {
  months?: readonly string[]
  /** Called on every cursor change, whatever caused it. */
  onCursor?: (month: string | null) => void
  scheduler?: Scheduler
  reducedMotion?: boolean
}

/** Slower by default when motion is reduced, so each month can be read before it changes. */
function defaultSpeed(reducedMotion: boolean): Speed {
  return reducedMotion ? 0.5 : 1
}

/**
 * Headless timeline playback in the manner of OWID's TimelineController: it owns the cursor,
 * the play state and the speed, and knows nothing of React or the DOM. Views read
 * `getSnapshot()` and `subscribe()` (fit for `useSyncExternalStore`) and call its methods.
 */
export class TimelineController {
  #state: TimelineState
  #speedChosen = false
  #cancelTick: (() => void) | null = null
  readonly #listeners = new Set<() => void>()
  readonly #onCursor: (month: string | null) => void
  readonly #schedule: Scheduler

  constructor(options: TimelineControllerOptions = {}) {
    const reducedMotion = options.reducedMotion ?? false
    this.#state = {
      months: options.months ?? [],
      cursor: null,
      playing: false,
      speed: defaultSpeed(reducedMotion),
      reducedMotion,
    }
    this.#onCursor = options.onCursor ?? (() => undefined)
    this.#schedule = options.scheduler ?? timerScheduler
  }

  getSnapshot = (): TimelineState => this.#state

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** Milliseconds between two months at the current speed. */
  get interval(): number {
    return BASE_INTERVAL_MS / this.#state.speed
  }

  /** Starts from the first month, or from the cursor; a finished run starts over. */
  play(): void {
    const { months, cursor, playing } = this.#state
    if (playing || months.length === 0) return
    const at = this.#index()
    if (cursor === null || at < 0 || at === months.length - 1) this.#moveTo(0)
    if (this.#index() === months.length - 1) return
    this.#update({ playing: true })
    this.#scheduleTick()
  }

  pause(): void {
    this.#cancelTick?.()
    this.#cancelTick = null
    if (this.#state.playing) this.#update({ playing: false })
  }

  togglePlay(): void {
    if (this.#state.playing) this.pause()
    else this.play()
  }

  /** One month on (the first one when the cursor is off); stays on the last. Pauses. */
  stepForward(): void {
    this.pause()
    const { months, cursor } = this.#state
    if (months.length === 0) return
    this.#moveTo(cursor === null ? 0 : Math.min(this.#index() + 1, months.length - 1))
  }

  /** One month back (the last one when the cursor is off); stays on the first. Pauses. */
  stepBack(): void {
    this.pause()
    const { months, cursor } = this.#state
    if (months.length === 0) return
    this.#moveTo(cursor === null ? months.length - 1 : Math.max(this.#index() - 1, 0))
  }

  setSpeed(speed: Speed): void {
    this.#speedChosen = true
    if (speed === this.#state.speed) return
    this.#update({ speed })
    this.#reschedule()
  }

  /** Stops and turns the cursor off, so every date shows again. */
  reset(): void {
    this.pause()
    this.#setCursor(null)
  }

  /**
   * Takes a new list of months (the data or the period changed). The cursor stays on its
   * month if it is still there, else on the nearest earlier one (or the first).
   */
  setMonths(months: readonly string[]): void {
    const current = this.#state.months
    if (months.length === current.length && months.every((m, i) => m === current[i]))
      return
    const { cursor } = this.#state
    this.#update({ months })
    if (months.length === 0) {
      this.reset()
      return
    }
    if (cursor === null || months.includes(cursor)) return
    const earlier = months.findLastIndex((month) => month <= cursor)
    this.#moveTo(Math.max(earlier, 0))
  }

  /** Follows the system setting; the speed follows too unless the user picked one. */
  setReducedMotion(reducedMotion: boolean): void {
    if (reducedMotion === this.#state.reducedMotion) return
    this.#update({
      reducedMotion,
      speed: this.#speedChosen ? this.#state.speed : defaultSpeed(reducedMotion),
    })
    this.#reschedule()
  }

  #index(): number {
    const { cursor, months } = this.#state
    return cursor === null ? -1 : months.indexOf(cursor)
  }

  #moveTo(index: number): void {
    this.#setCursor(this.#state.months[index] ?? null)
  }

  #setCursor(cursor: string | null): void {
    if (cursor === this.#state.cursor) return
    this.#update({ cursor })
    this.#onCursor(cursor)
  }

  #scheduleTick(): void {
    this.#cancelTick = this.#schedule(() => this.#tick(), this.interval)
  }

  #reschedule(): void {
    if (!this.#state.playing) return
    this.#cancelTick?.()
    this.#scheduleTick()
  }

  #tick(): void {
    this.#cancelTick = null
    if (!this.#state.playing) return
    const next = this.#index() + 1
    const last = this.#state.months.length - 1
    this.#moveTo(Math.min(next, last))
    if (next >= last) this.pause()
    else this.#scheduleTick()
  }

  #update(patch: Partial<TimelineState>): void {
    this.#state = { ...this.#state, ...patch }
    for (const listener of this.#listeners) listener()
  }
}
