/**
 * In-page helpers, installed with `page.addInitScript(installProbe)` before any page script
 * runs (init scripts are not subject to the app's Content-Security-Policy). Everything here
 * is timed with `performance.now()`, whose zero is the navigation start.
 */

export interface FilterSample {
  /** Change/input/click event (capture phase on window) → KPI text changed. */
  toKpiMs: number
  /**
   * Change/input/click event → the main thread idle again after the KPI text changed: two
   * `requestAnimationFrame`s, then the first `requestIdleCallback`. Work a page defers (a
   * React transition, a deferred value, a chunk scheduled later) keeps the thread busy and
   * so is counted; a page cannot look done by updating its KPI tiles first.
   */
  ms: number
}

export interface LongTaskSummary {
  count: number
  totalMs: number
  maxMs: number
}

interface BenchProbe {
  startFrames(): void
  /** Intervals between consecutive animation frames since `startFrames`. */
  stopFrames(): number[]
  /** Starts waiting for the next input/change/click and the KPI text change it causes. */
  armFilter(kpiSelector: string): void
  /** The armed measurement, once complete; `null` while it runs. */
  filterResult(): FilterSample | null
  /** Long tasks (≥ 50 ms) that started before `untilMs`. */
  longTasks(untilMs: number): LongTaskSummary
}

declare global {
  interface Window {
    __bench?: BenchProbe
  }
}

export function installProbe(): void {
  let frames: number[] | null = null
  const tick = (time: number) => {
    if (!frames) return
    frames.push(time)
    requestAnimationFrame(tick)
  }

  const tasks: { start: number; duration: number }[] = []
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        tasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    // No long-task timing in this browser: the summary stays empty.
  }

  interface Pending {
    t0: number | null
    before: string
    changedAt: number | null
    done: number | null
    observer: MutationObserver | null
  }
  let pending: Pending | null = null
  const stamp = () => {
    if (pending && pending.t0 === null) pending.t0 = performance.now()
  }
  for (const type of ['input', 'change', 'click', 'keydown'])
    window.addEventListener(type, stamp, { capture: true })

  /** The tile around one KPI value, or the nearest element holding all of them. */
  const kpiRoot = (kpiSelector: string): Element | null => {
    const tiles = Array.from(
      document.querySelectorAll(kpiSelector),
      (e) => e.closest('[data-testid^="kpi-"]') ?? e,
    )
    let root: Element | null = tiles[0] ?? null
    while (root && !tiles.every((tile) => root?.contains(tile))) root = root.parentElement
    return root
  }

  window.__bench = {
    startFrames() {
      frames = []
      requestAnimationFrame(tick)
    },
    stopFrames() {
      const times = frames ?? []
      frames = null
      return times.slice(1).map((time, i) => time - (times[i] ?? time))
    },
    armFilter(kpiSelector: string) {
      pending?.observer?.disconnect()
      const text = () =>
        Array.from(document.querySelectorAll(kpiSelector), (e) => e.textContent).join('|')
      const p: Pending = {
        t0: null,
        before: text(),
        changedAt: null,
        done: null,
        observer: null,
      }
      pending = p
      const check = () => {
        if (p.changedAt !== null || p.t0 === null || text() === p.before) return
        p.changedAt = performance.now()
        p.observer?.disconnect()
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            requestIdleCallback(() => {
              p.done = performance.now()
            }),
          ),
        )
      }
      // Only the KPI tiles: watching the whole page would add a mutation record for every
      // marker the baseline adds or removes.
      const watched = kpiRoot(kpiSelector)
      if (watched) {
        p.observer = new MutationObserver(check)
        p.observer.observe(watched, {
          subtree: true,
          childList: true,
          characterData: true,
        })
      }
      // Fallback when the KPI element is replaced: look once per frame.
      const poll = () => {
        if (pending !== p || p.changedAt !== null) return
        check()
        requestAnimationFrame(poll)
      }
      requestAnimationFrame(poll)
    },
    filterResult() {
      const p = pending
      if (!p || p.done === null || p.t0 === null || p.changedAt === null) return null
      pending = null
      return { toKpiMs: p.changedAt - p.t0, ms: p.done - p.t0 }
    },
    longTasks(untilMs: number) {
      const before = tasks.filter((t) => t.start < untilMs)
      return {
        count: before.length,
        totalMs: before.reduce((sum, t) => sum + t.duration, 0),
        maxMs: before.reduce((max, t) => Math.max(max, t.duration), 0),
      }
    },
  }
}
