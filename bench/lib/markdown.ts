import { existsSync, readFileSync, writeFileSync } from 'node:fs'

import { format, resolveConfig } from 'prettier'

import type { Environment } from './environment'
import { type ImportCaseResult, importTable } from './import-case'
import type { BenchOptions } from './options'
import type { Dataset } from './prepare'
import {
  type Summary,
  datasetTable,
  describeDataset,
  environmentLines,
  targets,
} from './report'

const START =
  '<!-- bench:generated:start — rewritten by `npm run bench`; edit outside -->'
const END = '<!-- bench:generated:end -->'

const HEAD = `# Benchmarks

\`npm run bench\` measures the app against a naive baseline on the same machine, in the same
browser process, on the same data (see \`bench/run.ts\` for the flags). The section between the
markers below is rewritten by every run; notes outside it are kept.
`

const METHOD = `### Method

- **Pages.** *Candidate* = the production build of the app (\`vite build\` of the working tree,
  or of one commit with \`--ref\`, into \`bench/.out/app/\`). *Baseline* = \`bench/baseline/\`, a page built only for the benchmark: it
  fetches \`manifest.json\`, \`enterprises.json\` and \`industries.json\` from the same \`?data=\`
  folder and renders react-leaflet \`MapContainer\` + \`react-leaflet-cluster\`
  (\`MarkerClusterGroup\`, i.e. Leaflet.markercluster) with one default-icon \`<Marker>\` per
  enterprise, a KPI count, one industry \`<select>\` and a plain table of the first 100 rows — the
  pick a developer would make by default. Neither page loads map tiles (offline).
- **Data.** Seeded synthetic datasets from \`npm run gen:synthetic\` (seed 1) at N enterprises with
  N/2 events and N/20 visits (plus 50 parks), in \`bench/.out/data-N/\`, and the bundled data
  (\`data/\`, copied into the build as the app ships it). All served by one static server on
  127.0.0.1 (no compression, no cache headers), loaded with \`?data=\`.
- **Runs.** One headless Chromium per dataset; every run is a fresh browser context (cold cache).
  Candidate and baseline alternate (C B, B C, …). Each run: load → heap → pan/zoom → timeline
  (app) → filter changes. A case that runs over the limit is reported as "> limit" and the rest of
  that run is skipped (the page is still busy); a ratio with a bound on one side is a bound.
- **Cold load** = navigation start → first animation frame in which the enterprises KPI shows N
  and the map holds at least one marker/cluster element (\`.leaflet-marker-icon\`) and, for the
  app, a basemap path (\`page.waitForFunction\` polling every frame; \`performance.now()\` in the
  page). Median of the runs.
- **Filter change** = from the input/change/click event (captured on \`window\`) to the main
  thread idle again after the KPI text changed (watched with a MutationObserver on the KPI
  tiles): two \`requestAnimationFrame\`s, then the first \`requestIdleCallback\`, so work a page
  defers (transitions, deferred values) is counted. App: cycles industry → reset → municipality → reset → period start (\`filter-from\`) →
  reset, with values that hold some but not all enterprises; all KPI tiles are watched (the
  period moves the events and visits tiles). Baseline: its industry select only (industry →
  "all" → next industry …). p50/p95 over all changes of all runs (nearest rank).
- **Pan/zoom** = animation-frame intervals while the mouse drags the map 240 × 120 px over ~30
  frames and lets go (inertia), then the + and − zoom buttons with 1 s after each; p95 and worst
  over all runs.
- **Timeline** = animation-frame intervals for the recorded seconds after pressing
  \`timeline-play\` on the unfiltered data, then pause and "show all dates" (app only; skipped
  when the button is absent).
- **Main thread** = CDP \`Performance.getMetrics\` \`ScriptDuration\`, \`LayoutDuration\`,
  \`RecalcStyleDuration\` and \`TaskDuration\` (all main-thread tasks) from navigation to ready, and
  over the filter phase divided by the changes measured (only when no change ran over the limit).
- **Heap** = CDP \`Performance.getMetrics\` \`JSHeapUsedSize\` after \`HeapProfiler.collectGarbage\`,
  once the network is idle after the load (MB = 2^20 bytes).
- **Initial JS** = the JS files (resource timing) requested before the page's load event, each
  gzipped with Node zlib level 9 (the server sends them uncompressed); "All JS until ready" adds
  the lazy chunks fetched before the map was drawn. KB = 1024 bytes.
- Absolute times are from a small VM without a GPU: read the ratios first.
`

/** Writes the file formatted as `prettier --check .` expects (tables aligned). */
export async function writeBenchmarksMd(
  path: string,
  env: Environment,
  options: BenchOptions,
  datasets: Dataset[],
  summary: Summary,
  elapsedMs: number,
  imports: readonly ImportCaseResult[] = [],
  /** Per dataset id, where the app's busy time went by source (runs with `--profile`). */
  where: Record<string, string[]> = {},
): Promise<void> {
  const generated: string[] = [
    START,
    '',
    `## Latest results (${env.date.slice(0, 10)})`,
    '',
    '### Machine',
    '',
    ...environmentLines(env),
    `- Run: sizes ${options.sizes.join(', ')}${options.bundled ? ' + bundled data' : ''}; pairs per size ${options.runs ?? '3 (2 at 100,000)'}; ${options.changes} filter changes per run; limit ${options.timeoutMs / 1000} s per case; the whole run took ${(elapsedMs / 60000).toFixed(1)} min`,
    '',
    '### Targets (speed issue, second round; 100k = 100,000 enterprises, 50,000 events, 5,000 visits)',
    '',
    '| What | Target | Measured | Status |',
    '| --- | --- | ---: | --- |',
    ...targets(datasets, summary).map(
      (t) =>
        `| ${t.what} | ${t.budget} | ${t.value} | ${t.status === 'met' ? '✅ met' : t.status === 'missed' ? '❌ missed' : t.status} |`,
    ),
    '',
  ]
  for (const dataset of datasets) {
    generated.push(
      `### ${describeDataset(dataset)}`,
      '',
      ...datasetTable(dataset, summary),
      '',
    )
    const notes = (['candidate', 'baseline'] as const).flatMap((page) =>
      (summary[dataset.id]?.[page]?.notes ?? []).map((n) => `- ${page}, ${n}`),
    )
    if (notes.length > 0) generated.push('Notes:', '', ...notes, '')
    const profile = where[dataset.id]
    if (profile)
      generated.push(
        'Where the time goes (the app, CPU profile of one extra run that is not counted above, busy time by source):',
        '',
        ...profile,
        '',
      )
  }
  if (imports.length > 0)
    generated.push(
      '### Import',
      '',
      'A generated CSV (UTF-8, «;», one valid enterprise per row) set on the app’s file input on the bundled data, confirmed as soon as its draft shows. Read = file set → draft shown (decoding, parsing and checking in the Web Worker); to the tiles = file set → the enterprises tile counts the rows; longest task = PerformanceObserver `longtask` from setting the file to 1.5 s after the count changed. Targets (issue 12): 10,000 rows within 3 s, 100,000 within 15 s, no task over 200 ms.',
      '',
      ...importTable(imports),
      '',
    )
  generated.push(
    'Ratio = baseline ÷ app: above 1 the app is better. The baseline filter figures are for its industry select only; the app figures mix industry, municipality, period and reset changes.',
    '',
    METHOD,
    END,
  )
  const block = generated.join('\n')
  let text = HEAD + '\n' + block + '\n'
  if (existsSync(path)) {
    const old = readFileSync(path, 'utf8')
    const start = old.indexOf(START)
    const end = old.indexOf(END)
    if (start >= 0 && end > start)
      text = old.slice(0, start) + block + old.slice(end + END.length)
    else text = old.trimEnd() + '\n\n' + block + '\n'
  }
  const config = (await resolveConfig(path)) ?? {}
  writeFileSync(path, await format(text, { ...config, filepath: path }))
}
