import type { Environment } from './environment'
import type { RunResult, TimeSplit } from './measure'
import type { BenchOptions, PageName } from './options'
import type { Dataset } from './prepare'
import {
  type Figure,
  figure,
  formatBytes,
  formatMs,
  formatRatio,
  median,
  percentile,
  plain,
  ratio,
} from './stats'

export interface PageSummary {
  runs: number
  load: Figure | null
  loadRuns: Figure[]
  filterP50: Figure | null
  filterP95: Figure | null
  filterToKpiP95: Figure | null
  filterSamples: number
  filterPlanned: number
  /** p50 per kind of change, e.g. "industry 120 ms · reset 300 ms". */
  filterByKind: string
  panZoomP95: Figure | null
  panZoomWorst: Figure | null
  timelineP95: Figure | null
  timelineNote: string | null
  heap: Figure | null
  domNodes: Figure | null
  initialJs: Figure | null
  readyJs: Figure | null
  data: Figure | null
  longestLoadTask: Figure | null
  /** Medians over the runs, e.g. "script 1.2 s · layout 3.4 s · style 0.5 s · all tasks 6 s". */
  loadSplit: string
  filterSplitPerChange: string
  notes: string[]
}

export type Summary = Record<string, Partial<Record<PageName, PageSummary>>>

function scalar(values: (number | null)[]): Figure | null {
  return median(plain(values.filter((v): v is number => v !== null)))
}

export function summarisePage(runs: RunResult[]): PageSummary {
  const filterFigures: Figure[] = []
  const toKpi: Figure[] = []
  const byKind = new Map<string, Figure[]>()
  const frames: Figure[] = []
  const timelineFrames: Figure[] = []
  let planned = 0
  let timelineNote: string | null = null
  const notes: string[] = []
  for (const run of runs) {
    const tag = `run ${run.run + 1}`
    if (run.loadNote) notes.push(`${tag}: ${run.loadNote}`)
    for (const skip of run.skipped) notes.push(`${tag}: skipped ${skip}`)
    for (const error of run.pageErrors) notes.push(`${tag}: page error: ${error}`)
    if (run.filter) {
      planned += run.filter.planned
      filterFigures.push(...run.filter.samples.map((s) => figure(s.ms)))
      toKpi.push(...run.filter.samples.map((s) => figure(s.toKpiMs)))
      for (const s of run.filter.samples)
        byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), figure(s.ms)])
      if (run.filter.overLimit) filterFigures.push(run.filter.overLimit)
      if (run.filter.note) notes.push(`${tag}: filter: ${run.filter.note}`)
    }
    if (run.panZoom) {
      frames.push(...plain(run.panZoom.frames))
      if (run.panZoom.overLimit) frames.push(figure(0, true))
      if (run.panZoom.note) notes.push(`${tag}: pan/zoom: ${run.panZoom.note}`)
    }
    if (run.timeline === 'absent') timelineNote = 'no timeline-play button'
    else if (run.timeline) {
      timelineFrames.push(...plain(run.timeline.frames))
      if (run.timeline.overLimit) timelineFrames.push(figure(0, true))
      if (run.timeline.note) timelineNote = run.timeline.note
      else if (run.timeline.cursorBefore === run.timeline.cursorAfter)
        timelineNote = `cursor did not move ("${run.timeline.cursorAfter}")`
    }
  }
  const worst = (list: Figure[]) =>
    list.length === 0
      ? null
      : list.some((f) => f.over)
        ? { value: Math.max(...list.map((f) => f.value)), over: true }
        : figure(Math.max(...list.map((f) => f.value)))
  return {
    runs: runs.length,
    load: median(runs.map((r) => r.load)),
    loadRuns: runs.map((r) => r.load),
    filterP50: percentile(filterFigures, 50),
    filterP95: percentile(filterFigures, 95),
    filterToKpiP95: percentile(toKpi, 95),
    filterSamples: filterFigures.filter((f) => !f.over).length,
    filterPlanned: planned,
    filterByKind: [...byKind]
      .map(([kind, list]) => `${kind} ${formatMs(median(list))}`)
      .join(' · '),
    panZoomP95: percentile(frames, 95),
    panZoomWorst: worst(frames),
    timelineP95: percentile(timelineFrames, 95),
    timelineNote,
    heap: scalar(runs.map((r) => r.heapUsed)),
    domNodes: scalar(runs.map((r) => r.domNodes)),
    initialJs: scalar(runs.map((r) => r.initialJsGzip)),
    readyJs: scalar(runs.map((r) => r.readyJsGzip)),
    data: scalar(runs.map((r) => r.dataBytes)),
    longestLoadTask: scalar(runs.map((r) => r.longTasksDuringLoad?.maxMs ?? null)),
    loadSplit: splitText(runs.map((r) => r.loadSplit)),
    filterSplitPerChange: splitText(runs.map((r) => r.filterSplitPerChange)),
    notes,
  }
}

function splitText(splits: (TimeSplit | null)[]): string {
  const known = splits.filter((s): s is TimeSplit => Boolean(s)) // older results lack it
  if (known.length === 0) return ''
  const part = (key: keyof TimeSplit) => formatMs(median(plain(known.map((s) => s[key]))))
  return `script ${part('script')} · layout ${part('layout')} · style ${part('style')} · all tasks ${part('task')}`
}

interface MetricRow {
  label: string
  pick: (s: PageSummary) => Figure | null
  format: (f: Figure | null) => string
  /** Shown instead of a ratio. */
  noRatio?: boolean
}

const MB = (f: Figure | null) => formatBytes(f, 'MB')
const KB = (f: Figure | null) => formatBytes(f, 'KB')
const count = (f: Figure | null) =>
  f ? `${f.over ? '> ' : ''}${Math.round(f.value).toLocaleString('en')}` : '—'

const METRICS: MetricRow[] = [
  {
    label: 'Cold load → KPI = N and map drawn (median)',
    pick: (s) => s.load,
    format: formatMs,
  },
  {
    label: 'Filter change → panels updated, p50',
    pick: (s) => s.filterP50,
    format: formatMs,
  },
  {
    label: 'Filter change → panels updated, p95',
    pick: (s) => s.filterP95,
    format: formatMs,
  },
  { label: 'Pan/zoom frame, p95', pick: (s) => s.panZoomP95, format: formatMs },
  { label: 'Pan/zoom worst frame', pick: (s) => s.panZoomWorst, format: formatMs },
  {
    label: 'Timeline playback frame, p95',
    pick: (s) => s.timelineP95,
    format: formatMs,
    noRatio: true,
  },
  { label: 'JS heap after load (after GC)', pick: (s) => s.heap, format: MB },
  { label: 'Initial JS, gzip (until load event)', pick: (s) => s.initialJs, format: KB },
  { label: 'All JS until ready, gzip', pick: (s) => s.readyJs, format: KB },
  {
    label: 'Data fetched until ready (raw)',
    pick: (s) => s.data,
    format: (f) => (f && f.value < 1024 * 1024 ? KB(f) : MB(f)),
  },
  { label: 'DOM nodes after load', pick: (s) => s.domNodes, format: count },
  { label: 'Longest task during load', pick: (s) => s.longestLoadTask, format: formatMs },
]

function cell(summary: PageSummary | undefined, metric: MetricRow): string {
  if (!summary) return 'not run'
  const value = metric.pick(summary)
  if (!value && metric.label.startsWith('Timeline') && summary.timelineNote)
    return `— (${summary.timelineNote})`
  return metric.format(value)
}

function ratioCell(pages: Partial<Record<PageName, PageSummary>>, metric: MetricRow) {
  if (metric.noRatio || !pages.candidate || !pages.baseline) return '—'
  return formatRatio(ratio(metric.pick(pages.baseline), metric.pick(pages.candidate)))
}

function filterCount(s: PageSummary | undefined): string {
  return s ? `${s.filterSamples}/${s.filterPlanned}` : '—'
}

export function datasetTable(
  dataset: Dataset,
  summary: Summary,
  withKinds = true,
): string[] {
  const pages = summary[dataset.id] ?? {}
  const lines = [
    `| Metric | Candidate (app) | Baseline | Ratio baseline/candidate |`,
    `| --- | ---: | ---: | ---: |`,
  ]
  for (const metric of METRICS)
    lines.push(
      `| ${metric.label} | ${cell(pages.candidate, metric)} | ${cell(pages.baseline, metric)} | ${ratioCell(pages, metric)} |`,
    )
  if (withKinds) {
    lines.push(
      `| Main thread during load | ${pages.candidate?.loadSplit || '—'} | ${pages.baseline?.loadSplit || '—'} | |`,
    )
    lines.push(
      `| Main thread per filter change | ${pages.candidate?.filterSplitPerChange || '—'} | ${pages.baseline?.filterSplitPerChange || '—'} | |`,
    )
    lines.push(
      `| Filter change p50 by kind | ${pages.candidate?.filterByKind || '—'} | ${pages.baseline?.filterByKind || '—'} | |`,
    )
  }
  lines.push(
    `| Filter changes measured | ${filterCount(pages.candidate)} | ${filterCount(pages.baseline)} | |`,
  )
  lines.push(
    `| Cold load per run | ${(pages.candidate?.loadRuns ?? []).map(formatMs).join(', ') || '—'} | ${(pages.baseline?.loadRuns ?? []).map(formatMs).join(', ') || '—'} | |`,
  )
  return lines
}

export interface Target {
  what: string
  budget: string
  value: string
  /** `unknown`: both sides ran into the limit, so no bound on the ratio. */
  status: 'met' | 'missed' | 'unknown' | 'not measured'
}

/** The speed issue's targets, measured on this machine in this run. */
export function targets(datasets: Dataset[], summary: Summary): Target[] {
  const big = datasets.find((d) => d.id === 'syn-100000')
  const bundled = datasets.find((d) => d.id === 'bundled')
  const thousand = datasets.find((d) => d.id === 'syn-1000')
  const pick = (d: Dataset | undefined, page: PageName) =>
    d ? summary[d.id]?.[page] : undefined
  const atMost = (f: Figure | null | undefined, budget: number): Target['status'] =>
    !f ? 'not measured' : !f.over && f.value <= budget ? 'met' : 'missed'
  const c100 = pick(big, 'candidate')
  const cBundled = pick(bundled, 'candidate')
  const c1k = pick(thousand, 'candidate')
  const initialJs = cBundled?.initialJs ?? c100?.initialJs
  const filterAt = (
    what: string,
    c: PageSummary | undefined,
    budget: number,
  ): Target => ({
    what: `Filter change → all visible panels updated, p95 (${what})`,
    budget: `≤ ${budget} ms`,
    value: formatMs(c?.filterP95 ?? null),
    status: atMost(c?.filterP95, budget),
  })
  return [
    filterAt('bundled data', cBundled, 50),
    filterAt('1,000', c1k, 50),
    filterAt('100k', c100, 100),
    neverSlower(datasets, summary),
    {
      what: 'Cold load to tiles and map (100k)',
      budget: '≤ 2 s',
      value: formatMs(c100?.load ?? null),
      status: atMost(c100?.load, 2000),
    },
    {
      what: 'Cold load to tiles and map (bundled data)',
      budget: '≤ 500 ms',
      value: formatMs(cBundled?.load ?? null),
      status: atMost(cBundled?.load, 500),
    },
    {
      what: 'Pan/zoom frame p95 (100k)',
      budget: '≤ 17 ms',
      value: formatMs(c100?.panZoomP95 ?? null),
      status: atMost(c100?.panZoomP95, 17),
    },
    {
      what: 'Pan/zoom worst frame (100k)',
      budget: '≤ 50 ms',
      value: formatMs(c100?.panZoomWorst ?? null),
      status: atMost(c100?.panZoomWorst, 50),
    },
    {
      what: 'JS heap after load (100k)',
      budget: '≤ 100 MB',
      value: MB(c100?.heap ?? null),
      status: atMost(c100?.heap, 100 * 1024 * 1024),
    },
    {
      what: 'Initial JS (gzip)',
      budget: '≤ 130 KB',
      value: KB(initialJs ?? null),
      status: atMost(initialJs, 130 * 1024),
    },
  ]
}

/** Filter change p95 of the app against the naive page, at every size both measured. */
function neverSlower(datasets: Dataset[], summary: Summary): Target {
  const pairs = datasets.flatMap((d) => {
    const c = summary[d.id]?.candidate?.filterP95
    const b = summary[d.id]?.baseline?.filterP95
    return c && b ? [{ d, c, b }] : []
  })
  if (pairs.length === 0)
    return {
      what: 'Filter change p95 never slower than the naive page',
      budget: 'at every size',
      value: '—',
      status: 'not measured',
    }
  const slower = pairs.filter(({ c, b }) => !b.over && (c.over || c.value > b.value))
  return {
    what: 'Filter change p95 never slower than the naive page',
    budget: 'at every size',
    value:
      slower.length === 0
        ? `faster or equal at ${pairs.length} of ${pairs.length} sizes`
        : `slower at ${slower.map(({ d, c, b }) => `${d.label ?? d.id} (${formatMs(c)} vs ${formatMs(b)})`).join(', ')}`,
    status: slower.length === 0 ? 'met' : 'missed',
  }
}

export function environmentLines(env: Environment): string[] {
  return [
    `- Date: ${env.date}`,
    `- CPU: ${env.cpu}, ${env.cores} cores; RAM ${env.memoryGb} GB; no GPU (software rendering)`,
    `- Browser: ${env.chromium} (headless, playwright-core ${env.playwright}), viewport ${env.viewport.width}×${env.viewport.height}`,
    `- Launch args: \`${env.launchArgs.join(' ')}\``,
    `- Node: ${env.node}`,
    `- Git: ${env.gitSha}${env.builtFrom === 'commit' ? ' (the app was built from this commit alone, `--ref`)' : env.gitDirty ? ' + uncommitted changes in src/ (the app was built from the working tree)' : ''}`,
  ]
}

export function consoleReport(
  env: Environment,
  options: BenchOptions,
  datasets: Dataset[],
  summary: Summary,
  elapsedMs: number,
): string {
  const out: string[] = ['', '== Промкарта benchmark ==', ...environmentLines(env)]
  out.push(
    `- Options: sizes ${options.sizes.join(',')}${options.bundled ? ' + bundled' : ''}; ${options.changes} filter changes/run; limit ${options.timeoutMs / 1000} s per case`,
  )
  for (const dataset of datasets) {
    out.push('', `-- ${describeDataset(dataset)} --`)
    const rows = datasetTable(dataset, summary, false).filter(
      (l) => !l.startsWith('| ---'),
    )
    const cells = rows.map((l) =>
      l
        .slice(1, -1)
        .split(' | ')
        .map((c) => c.trim()),
    )
    const widths =
      cells[0]?.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length))) ?? []
    for (const row of cells)
      out.push(
        row
          .map((c, i) =>
            i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0),
          )
          .join('  '),
      )
    for (const page of ['candidate', 'baseline'] as const) {
      const pageSummary = summary[dataset.id]?.[page]
      if (pageSummary?.filterByKind)
        out.push(`  ${page} filter change p50 by kind: ${pageSummary.filterByKind}`)
      if (pageSummary?.loadSplit)
        out.push(`  ${page} main thread during load: ${pageSummary.loadSplit}`)
      if (pageSummary?.filterSplitPerChange)
        out.push(
          `  ${page} main thread per filter change: ${pageSummary.filterSplitPerChange}`,
        )
    }
    for (const page of ['candidate', 'baseline'] as const)
      for (const note of summary[dataset.id]?.[page]?.notes ?? [])
        out.push(`  ${page} ${note}`)
  }
  out.push('', '-- Targets --')
  for (const t of targets(datasets, summary))
    out.push(`  [${t.status}] ${t.what}: ${t.value} (target ${t.budget})`)
  out.push('', `Total time: ${(elapsedMs / 60000).toFixed(1)} min`)
  return out.join('\n')
}

export function describeDataset(d: Dataset): string {
  return d.id === 'bundled'
    ? `Bundled data (data/): ${d.enterprises} enterprises, ${d.events} events, ${d.visits} visits`
    : `${d.enterprises.toLocaleString('en')} enterprises, ${d.events.toLocaleString('en')} events, ${d.visits.toLocaleString('en')} visits (synthetic)`
}
