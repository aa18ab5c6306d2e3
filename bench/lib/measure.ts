import { gzipSync } from 'node:zlib'

import type { Browser, BrowserContext, CDPSession, Page, Response } from 'playwright-core'

import type { PageName } from './options'
import type { Dataset } from './prepare'
import { type FilterSample, type LongTaskSummary, installProbe } from './probe'
import { type Figure, figure } from './stats'

export const VIEWPORT = { width: 1280, height: 800 }

/** Every KPI value on the page: the app has four tiles, the baseline one. */
const KPI_VALUES = '[data-testid^="kpi-"] .kpi__value'

type FilterKind = 'industry' | 'municipality' | 'period' | 'reset'

interface FilterRun {
  planned: number
  samples: (FilterSample & { kind: FilterKind })[]
  /** The change that ran into the limit, as a lower bound. */
  overLimit: Figure | null
  note?: string
}

interface FrameRun {
  /** Intervals between animation frames, ms. */
  frames: number[]
  overLimit: boolean
  note?: string
}

/** Main-thread time by kind (CDP Performance metrics), ms. */
export interface TimeSplit {
  task: number
  script: number
  layout: number
  style: number
}

export interface RunResult {
  page: PageName
  dataset: string
  run: number
  /** Navigation start → KPI shows N and markers (and, for the app, the basemap) are drawn. */
  load: Figure
  loadNote?: string
  longTasksDuringLoad: LongTaskSummary | null
  /** gzip level 9 of the JS files the page requested before its load event. */
  initialJsGzip: number | null
  initialJsRaw: number | null
  initialJsFiles: string[]
  /** Same for every JS file requested until ready (lazy chunks included). */
  readyJsGzip: number | null
  /** Data JSON bytes fetched until ready (uncompressed, as served). */
  dataBytes: number | null
  heapUsed: number | null
  domNodes: number | null
  markerElements: number | null
  panZoom: FrameRun | null
  filter: FilterRun | null
  timeline: (FrameRun & { cursorBefore: string; cursorAfter: string }) | 'absent' | null
  pageErrors: string[]
  skipped: string[]
  /** CPU profiles written for this run, if `--profile`. */
  profiles: string[]
  /** Navigation → ready. */
  loadSplit: TimeSplit | null
  /** The whole filter phase, divided by the changes it made. */
  filterSplitPerChange: TimeSplit | null
}

export interface RunConfig {
  browser: Browser
  origin: string
  page: PageName
  dataset: Dataset
  run: number
  changes: number
  timeoutMs: number
  timelineMs: number
  /** When set, CPU profiles of the load and filter phases are passed here. */
  onProfile?: (phase: 'load' | 'filter', profile: unknown) => string
}

class LimitError extends Error {}

/** `promise`, or a LimitError after `ms`; the loser's rejection is swallowed. */
async function withLimit<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LimitError(`${what}: over ${ms} ms`)), ms)
  })
  promise.catch(() => undefined)
  try {
    return await Promise.race([promise, limit])
  } finally {
    clearTimeout(timer)
  }
}

function pageUrl(origin: string, page: PageName, dataset: Dataset): string {
  const path = page === 'candidate' ? '' : 'baseline/'
  return `${origin}${path}?data=${encodeURIComponent(dataset.urlPath)}`
}

/** A run with nothing measured yet: the load counted as over the limit until it is seen. */
export function emptyResult(
  config: Pick<RunConfig, 'page' | 'dataset' | 'run' | 'timeoutMs'>,
): RunResult {
  return {
    page: config.page,
    dataset: config.dataset.id,
    run: config.run,
    load: figure(config.timeoutMs, true),
    longTasksDuringLoad: null,
    initialJsGzip: null,
    initialJsRaw: null,
    initialJsFiles: [],
    readyJsGzip: null,
    dataBytes: null,
    heapUsed: null,
    domNodes: null,
    markerElements: null,
    panZoom: null,
    filter: null,
    timeline: null,
    pageErrors: [],
    skipped: [],
    profiles: [],
    loadSplit: null,
    filterSplitPerChange: null,
  }
}

/** One cold run of one page on one dataset in a fresh browser context. */
export async function measureRun(config: RunConfig): Promise<RunResult> {
  const result = emptyResult(config)
  const context = await config.browser.newContext({ viewport: VIEWPORT, locale: 'ru-RU' })
  try {
    await measureInContext(config, context, result)
  } finally {
    await withLimit(context.close(), 30_000, 'closing the context').catch(() => undefined)
  }
  return result
}

async function measureInContext(
  config: RunConfig,
  context: BrowserContext,
  result: RunResult,
): Promise<void> {
  const { timeoutMs } = config
  const page = await context.newPage()
  await page.addInitScript(installProbe)
  page.on('pageerror', (error) => {
    if (result.pageErrors.length < 5) result.pageErrors.push(error.message)
  })
  const responses = new Map<string, Response>()
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.js'))
      responses.set(response.url(), response)
  })
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  const profiling = config.onProfile !== undefined && config.page === 'candidate'
  if (profiling) await startProfile(cdp)

  // 1. Cold load.
  const loaded = await coldLoad(page, config)
  result.load = loaded.load
  if (loaded.note) result.loadNote = loaded.note
  if (!loaded.load.over) result.loadSplit = await timeSplit(cdp)
  if (profiling) result.profiles.push(await stopProfile(cdp, config, 'load'))
  if (loaded.load.over) {
    result.skipped.push('everything after the load: the page was not ready in time')
    return
  }
  const readyAt = loaded.load.value

  // 2. What was fetched, the long tasks, then the heap after a forced GC.
  await withLimit(
    transferred(page, responses, readyAt, result),
    timeoutMs,
    'transfer sizes',
  ).catch((error: unknown) => result.skipped.push(`transfer sizes: ${String(error)}`))
  result.longTasksDuringLoad = await page.evaluate(
    (until) => window.__bench?.longTasks(until) ?? null,
    readyAt,
  )
  try {
    await withLimit(heap(page, cdp, result), timeoutMs, 'heap')
  } catch (error) {
    result.skipped.push(`heap and the rest: ${String(error)}`)
    return
  }

  // 3. Pan and zoom.
  result.panZoom = await panZoom(page, timeoutMs)
  if (result.panZoom.overLimit) {
    result.skipped.push('filter and timeline: the page was still busy after pan/zoom')
    return
  }

  // 4. Timeline playback (the app only, when it has one), on the unfiltered data.
  if (config.page === 'candidate') {
    const played = await timeline(page, config)
    result.timeline = played
    if (played && played !== 'absent' && played.overLimit) {
      result.skipped.push('filter changes: the page was still busy after the timeline')
      return
    }
  }

  // 5. Filter changes, last: a change that runs over the limit leaves the page busy.
  if (profiling) await startProfile(cdp)
  const before = await timeSplit(cdp)
  result.filter = await filterChanges(page, config)
  const after = result.filter.overLimit ? null : await timeSplit(cdp)
  const changes = result.filter.samples.length
  if (before && after && changes > 0)
    result.filterSplitPerChange = {
      task: (after.task - before.task) / changes,
      script: (after.script - before.script) / changes,
      layout: (after.layout - before.layout) / changes,
      style: (after.style - before.style) / changes,
    }
  if (profiling) result.profiles.push(await stopProfile(cdp, config, 'filter'))
}

async function coldLoad(
  page: Page,
  config: RunConfig,
): Promise<{ load: Figure; note?: string }> {
  const started = Date.now()
  // The app's first tile counts the home region's enterprises; the naive page counts all.
  const expected =
    config.page === 'candidate'
      ? config.dataset.homeEnterprises
      : config.dataset.enterprises
  const needBasemap = config.page === 'candidate'
  try {
    await page.goto(pageUrl(config.origin, config.page, config.dataset), {
      waitUntil: 'commit',
      timeout: config.timeoutMs,
    })
    const handle = await page.waitForFunction(
      ({ expected, needBasemap }) => {
        const value = document.querySelector(
          '[data-testid="kpi-enterprises"] .kpi__value',
        )
        const digits = (value?.textContent ?? '').replace(/\D/g, '')
        if (digits === '' || Number(digits) !== expected) return false
        const map = document.querySelector('[data-testid="map"]')
        if (!map?.querySelector('.leaflet-marker-icon')) return false
        if (needBasemap && !map.querySelector('.leaflet-overlay-pane path')) return false
        return performance.now()
      },
      { expected, needBasemap },
      {
        polling: 'raf',
        timeout: Math.max(1000, config.timeoutMs - (Date.now() - started)),
      },
    )
    return { load: figure(Number(await handle.jsonValue())) }
  } catch (error) {
    const state = await withLimit(
      page.evaluate(() => ({
        kpi:
          document.querySelector('[data-testid="kpi-enterprises"]')?.textContent ?? null,
        markers: document.querySelectorAll('.leaflet-marker-icon').length,
      })),
      5000,
      'page state',
    ).catch(() => null)
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return {
      load: figure(config.timeoutMs, true),
      note: state
        ? `not ready: KPI "${state.kpi ?? '(none)'}", ${state.markers} markers (${why})`
        : `not ready, page unresponsive (${why})`,
    }
  }
}

async function transferred(
  page: Page,
  responses: Map<string, Response>,
  readyAt: number,
  result: RunResult,
): Promise<void> {
  await page.waitForLoadState('load')
  const entries = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined
    return {
      loadAt: nav?.loadEventStart ?? 0,
      resources: (
        performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      ).map((e) => ({ name: e.name, start: e.startTime, bytes: e.decodedBodySize })),
    }
  })
  let initialGzip = 0
  let initialRaw = 0
  let readyGzip = 0
  let data = 0
  for (const entry of entries.resources) {
    if (entry.start > readyAt) continue
    const path = new URL(entry.name).pathname
    if (!path.endsWith('.js')) {
      // Data files: their size as served (the browser may not keep bodies of 20 MB).
      if (path.endsWith('.json') || path.endsWith('.geojson')) data += entry.bytes
      continue
    }
    const body = await responses
      .get(entry.name)
      ?.body()
      .catch(() => null)
    if (!body) continue
    const gzip = gzipSync(body, { level: 9 }).length
    readyGzip += gzip
    if (entry.start < entries.loadAt) {
      initialGzip += gzip
      initialRaw += body.length
      result.initialJsFiles.push(path.split('/').pop() ?? path)
    }
  }
  result.initialJsGzip = initialGzip
  result.initialJsRaw = initialRaw
  result.readyJsGzip = readyGzip
  result.dataBytes = data
}

async function heap(page: Page, cdp: CDPSession, result: RunResult): Promise<void> {
  // Let the page finish what it started after the first render (fetches, idle work).
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined)
  await page.waitForTimeout(500)
  await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? null
  result.heapUsed = metric('JSHeapUsedSize')
  result.domNodes = metric('Nodes')
  result.markerElements = await page.evaluate(
    () => document.querySelectorAll('[data-testid="map"] .leaflet-marker-icon').length,
  )
}

async function panZoom(page: Page, timeoutMs: number): Promise<FrameRun> {
  const map = page.getByTestId('map')
  try {
    return await withLimit(
      (async () => {
        await map.scrollIntoViewIfNeeded()
        const box = await map.boundingBox()
        if (!box) return { frames: [], overLimit: false, note: 'no map box' }
        const top = Math.max(box.y, 0)
        const bottom = Math.min(box.y + box.height, VIEWPORT.height)
        const x = box.x + box.width / 2
        const y = (top + bottom) / 2
        await page.evaluate(() => window.__bench?.startFrames())
        // A drag of 240 × 120 px over ~30 frames, let go (Leaflet's inertia runs on).
        await page.mouse.move(x, y)
        await page.mouse.down()
        for (let i = 1; i <= 30; i++) {
          await page.mouse.move(x - 8 * i, y - 4 * i)
          await page.waitForTimeout(16)
        }
        await page.mouse.up()
        await page.waitForTimeout(800)
        await map.locator('.leaflet-control-zoom-in').click()
        await page.waitForTimeout(1000)
        await map.locator('.leaflet-control-zoom-out').click()
        await page.waitForTimeout(1000)
        const frames = await page.evaluate(() => window.__bench?.stopFrames() ?? [])
        return { frames, overLimit: false }
      })(),
      timeoutMs,
      'pan/zoom',
    )
  } catch (error) {
    return { frames: [], overLimit: true, note: String(error) }
  }
}

interface FilterStep {
  kind: FilterKind
  value: string
}

function filterSteps(config: RunConfig): FilterStep[] {
  const { plan } = config.dataset
  const steps: FilterStep[] = []
  if (config.page === 'baseline') {
    // The baseline has one industry select: pick one, then "all" again.
    for (let k = 0; steps.length < config.changes && plan.industries.length > 0; k++) {
      steps.push({
        kind: 'industry',
        value: plan.industries[k % plan.industries.length] ?? '',
      })
      steps.push({ kind: 'reset', value: '' })
    }
    return steps.slice(0, config.changes)
  }
  const cycle = (k: number): FilterStep[] => {
    const out: FilterStep[] = []
    const pick = (list: string[]) => list[k % list.length]
    const industry = pick(plan.industries)
    const municipality = pick(plan.municipalities)
    const date = pick(plan.dates)
    if (industry)
      out.push({ kind: 'industry', value: industry }, { kind: 'reset', value: '' })
    if (municipality)
      out.push(
        { kind: 'municipality', value: municipality },
        { kind: 'reset', value: '' },
      )
    if (date) out.push({ kind: 'period', value: date }, { kind: 'reset', value: '' })
    return out
  }
  for (let k = 0; steps.length < config.changes; k++) {
    const next = cycle(k)
    if (next.length === 0) break
    steps.push(...next)
  }
  return steps.slice(0, config.changes)
}

/**
 * What is done before the timer is armed: typing into the filter bar's «Добавить фильтр» or a
 * period field, so that only the pick itself (a click or Enter) is timed.
 */
async function prepare(page: Page, config: RunConfig, step: FilterStep, timeout: number) {
  if (config.page === 'baseline') return
  if (step.kind === 'industry' || step.kind === 'municipality') {
    const label = config.dataset.plan.labels[step.value] ?? step.value
    await page.getByTestId('filter-add').fill(label, { timeout })
    await optionOf(page, label).waitFor({ timeout })
  } else if (step.kind === 'period') {
    const [year, month, day] = step.value.split('-')
    await page.getByTestId('filter-from').fill(`${day}.${month}.${year}`, { timeout })
  }
}

/** The option of a filter value: its name, then its record count. */
function optionOf(page: Page, label: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return page.getByRole('option', { name: new RegExp(`^${escaped}\\s*,\\s*\\d`) }).first()
}

async function act(page: Page, config: RunConfig, step: FilterStep, timeout: number) {
  if (config.page === 'baseline') {
    await page
      .getByTestId('filter-industry')
      .selectOption(step.kind === 'reset' ? '' : step.value, { timeout })
    return
  }
  switch (step.kind) {
    case 'industry':
    case 'municipality':
      await optionOf(page, config.dataset.plan.labels[step.value] ?? step.value).click({
        timeout,
      })
      return
    case 'period':
      await page.getByTestId('filter-from').press('Enter', { timeout })
      return
    case 'reset':
      await page.getByTestId('filter-reset').click({ timeout })
      return
  }
}

async function filterChanges(page: Page, config: RunConfig): Promise<FilterRun> {
  const steps = filterSteps(config)
  const run: FilterRun = { planned: steps.length, samples: [], overLimit: null }
  if (steps.length === 0) {
    run.note = 'no filter values that change the KPI'
    return run
  }
  const deadline = Date.now() + config.timeoutMs
  for (const step of steps) {
    const left = deadline - Date.now()
    if (left <= 0) {
      run.note = `phase limit reached after ${run.samples.length} changes`
      break
    }
    const acted = Date.now()
    try {
      await withLimit(
        (async () => {
          await prepare(page, config, step, left)
          await page.evaluate(
            (selector) => window.__bench?.armFilter(selector),
            KPI_VALUES,
          )
          await act(page, config, step, left)
          const handle = await page.waitForFunction(
            () => window.__bench?.filterResult() ?? null,
            null,
            { polling: 'raf', timeout: Math.max(1, deadline - Date.now()) },
          )
          const sample = await handle.jsonValue()
          if (sample) run.samples.push({ ...sample, kind: step.kind })
        })(),
        left + 1000,
        `filter change ${step.kind}`,
      )
    } catch (error) {
      run.overLimit = figure(Date.now() - acted, true)
      run.note = `${step.kind} ${step.value || '(all)'} not shown within the limit: ${
        error instanceof Error ? error.message.split('\n')[0] : String(error)
      }`
      break
    }
  }
  return run
}

async function timeline(page: Page, config: RunConfig): Promise<RunResult['timeline']> {
  const play = page.getByTestId('timeline-play')
  if ((await play.count()) === 0) return 'absent'
  const cursor = page.getByTestId('timeline-cursor')
  const cursorText = async () =>
    (await cursor.count()) > 0 ? ((await cursor.first().textContent()) ?? '') : ''
  try {
    return await withLimit(
      (async () => {
        if (await play.isDisabled())
          return {
            frames: [],
            overLimit: false,
            note: 'play button disabled',
            cursorBefore: '',
            cursorAfter: '',
          }
        await play.scrollIntoViewIfNeeded()
        const cursorBefore = await cursorText()
        await page.evaluate(() => window.__bench?.startFrames())
        await play.click()
        await page.waitForTimeout(config.timelineMs)
        const frames = await page.evaluate(() => window.__bench?.stopFrames() ?? [])
        const cursorAfter = await cursorText()
        await play.click()
        // Back to all dates, so the filter changes start from the same view as on load.
        const stop = page
          .locator('.timeline-controls')
          .getByRole('button', { name: 'Показать все даты' })
        if ((await stop.count()) === 1 && (await stop.isEnabled())) await stop.click()
        return { frames, overLimit: false, cursorBefore, cursorAfter }
      })(),
      config.timeoutMs,
      'timeline',
    )
  } catch (error) {
    return {
      frames: [],
      overLimit: true,
      note: String(error),
      cursorBefore: '',
      cursorAfter: '',
    }
  }
}

/** Cumulative main-thread time since `Performance.enable`; null if the page does not answer. */
async function timeSplit(cdp: CDPSession): Promise<TimeSplit | null> {
  try {
    const { metrics } = await withLimit(
      cdp.send('Performance.getMetrics'),
      5000,
      'performance metrics',
    )
    const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000
    return {
      task: ms('TaskDuration'),
      script: ms('ScriptDuration'),
      layout: ms('LayoutDuration'),
      style: ms('RecalcStyleDuration'),
    }
  } catch {
    return null
  }
}

async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
  await cdp.send('Profiler.start')
}

async function stopProfile(
  cdp: CDPSession,
  config: RunConfig,
  phase: 'load' | 'filter',
): Promise<string> {
  const { profile } = await withLimit(cdp.send('Profiler.stop'), 60_000, 'profile')
  return config.onProfile?.(phase, profile) ?? ''
}
