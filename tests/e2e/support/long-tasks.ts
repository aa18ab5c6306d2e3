import type { Page } from 'playwright-core'

interface LongTaskWindow {
  __longTasks: number[]
}

/**
 * Records the page's long tasks (over 50 ms, PerformanceObserver `longtask`) from before any
 * of its scripts run; `reset` forgets those seen so far (e.g. the first load's).
 */
export async function watchLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as LongTaskWindow
    w.__longTasks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration)
    }).observe({ type: 'longtask', buffered: true })
  })
  return {
    reset: () =>
      page.evaluate(() => {
        ;(window as unknown as LongTaskWindow).__longTasks = []
      }),
    /** The longest task since the last reset, in whole ms (0 when none). */
    longest: () =>
      page.evaluate(() =>
        Math.round(Math.max(0, ...(window as unknown as LongTaskWindow).__longTasks)),
      ),
  }
}
