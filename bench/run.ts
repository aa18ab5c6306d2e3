/**
 * `npm run bench` — the app against a naive react-leaflet + markercluster baseline, in headless
 * Chromium, on the bundled data and on seeded synthetic data. Prints a table, writes
 * `bench/.out/results.json` and the results section of `BENCHMARKS.md`. Never fails on a time:
 * exit 0 unless the harness itself breaks.
 *
 *   npm run bench                                 # bundled + 1k, 10k, 100k (3/3/2 pairs), ~25 min
 *   npm run bench -- --sizes 1000 --runs 1        # quick check
 *
 * Flags:
 *   --sizes LIST     synthetic sizes in enterprises (default 1000,10000,100000);
 *                    events = N/2, visits = N/20
 *   --runs N         candidate/baseline pairs per size (default 3, 2 at ≥ 100,000)
 *   --no-bundled     skip the bundled-data row
 *   --changes N      filter changes per run (default 24)
 *   --timeout S      limit per case in seconds (default 120) → "> limit"
 *   --timeline S     seconds of timeline playback to record (default 3)
 *   --seed N         generator seed (default 1)
 *   --ref REF        build the app from a commit (e.g. HEAD) via `git archive` into the
 *                    system temp dir, instead of the working tree
 *   --no-build       reuse bench/.out/app and bench/.out/baseline
 *   --no-md          leave BENCHMARKS.md alone
 *   --report-only    print the tables again from bench/.out/results.json (and rewrite the
 *                    section of BENCHMARKS.md unless --no-md); no build, no browser
 *   --profile        one extra app run per size (not counted) with CPU profiles of its load
 *                    and filter phases in bench/.out/profiles/; prints where the time went,
 *                    by source, and BENCHMARKS.md gets a line per phase
 *   --only PAGE      candidate, baseline, or import (only the import case)
 *   --no-import      skip the import case (a generated CSV of 10,000 and 100,000 rows set
 *                    on the app's file input: time to the tiles, longest task)
 *
 * Layout: the app is built into bench/.out/app (not dist/, which the browser tests use), the
 * baseline into bench/.out/baseline, data into bench/.out/data-N; one static server on
 * 127.0.0.1 serves the app at /, the baseline at /baseline/ and the data at /bench-data/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

import type { Browser } from 'playwright-core'

import { serveFolder } from '../tests/e2e/support/static-server'
import { CHROMIUM_ARGS, launchBrowser } from '../tests/e2e/support/chromium'
import { type Environment, describeEnvironment, gitState } from './lib/environment'
import { type ImportCaseResult, importTable, measureImport } from './lib/import-case'
import { writeBenchmarksMd } from './lib/markdown'
import { type RunResult, VIEWPORT, emptyResult, measureRun } from './lib/measure'
import {
  type BenchOptions,
  type PageName,
  USAGE,
  UsageError,
  parseOptions,
  runsFor,
} from './lib/options'
import {
  type Dataset,
  buildPages,
  bundledDataset,
  exportCommit,
  syntheticDataset,
} from './lib/prepare'
import { summariseProfile, whereTimeGoes } from './lib/profile'
import { type Summary, consoleReport, summarisePage } from './lib/report'
import { formatMs } from './lib/stats'

const ROOT = resolve(import.meta.dirname, '..')
const OUT = join(ROOT, 'bench', '.out')
const APP_DIR = join(OUT, 'app')
const BASELINE_DIR = join(OUT, 'baseline')
const PROFILE_DIR = join(OUT, 'profiles')

async function main(): Promise<void> {
  let options: BenchOptions
  try {
    const parsed = parseOptions(process.argv.slice(2))
    if (parsed === 'help') {
      console.log(USAGE)
      return
    }
    options = parsed
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(`bench: ${error.message}\n\n${USAGE}`)
    process.exitCode = 2
    return
  }
  if (options.reportOnly) {
    await reportSaved(options.writeMarkdown)
    return
  }
  const started = Date.now()
  mkdirSync(OUT, { recursive: true })

  console.log('Preparing')
  let git: ReturnType<typeof gitState> & { builtFrom?: 'commit' } = gitState(ROOT)
  let appRoot = ROOT
  if (options.ref) {
    const exported = exportCommit(ROOT, options.ref)
    appRoot = exported.dir
    git = { sha: exported.sha, dirty: false, builtFrom: 'commit' }
    console.log(`  app source: ${options.ref} = ${exported.sha} (${exported.dir})`)
  }
  if (options.build) buildPages(ROOT, appRoot, APP_DIR)
  for (const dir of [APP_DIR, BASELINE_DIR])
    if (!existsSync(join(dir, 'index.html')))
      throw new Error(
        `${relative(ROOT, dir)}/index.html is missing: run without --no-build`,
      )
  const datasets: Dataset[] = []
  if (options.bundled) datasets.push(bundledDataset(APP_DIR))
  for (const size of options.sizes)
    datasets.push(syntheticDataset(ROOT, OUT, size, options.seed))

  const server = await serveFolder(APP_DIR, {
    '/baseline/': BASELINE_DIR,
    '/bench-data/': OUT,
  })
  const results: RunResult[] = []
  /** With `--profile`: one extra app run per size, profiled, not counted in the figures. */
  const profiled: RunResult[] = []
  const imports: ImportCaseResult[] = []
  let env: Environment | null = null
  try {
    for (const [index, dataset] of datasets.entries()) {
      let browser = await launchBrowser()
      env ??= describeEnvironment(
        ROOT,
        git,
        `Chromium ${browser.version()}`,
        CHROMIUM_ARGS,
        VIEWPORT,
      )
      try {
        if (index === 0) await warmUp(browser, server.url, dataset, options)
        const runs = runsFor(options, dataset.enterprises)
        console.log(`\n${dataset.label}: ${runs} run(s) per page`)
        for (let run = 0; run < runs; run++) {
          const order: PageName[] =
            run % 2 === 0 ? options.pages : [...options.pages].reverse()
          for (const page of order) {
            if (!browser.isConnected()) browser = await launchBrowser()
            const result = await measureOne(
              browser,
              server.url,
              page,
              dataset,
              run,
              options,
            )
            results.push(result)
            console.log(`  ${page.padEnd(9)} run ${run + 1}: ${oneLine(result)}`)
          }
        }
        if (options.profile && options.pages.includes('candidate')) {
          if (!browser.isConnected()) browser = await launchBrowser()
          // The profiler slows the page down: its run says where the time goes, not how long.
          const result = await measureOne(
            browser,
            server.url,
            'candidate',
            dataset,
            runs,
            options,
            true,
          )
          profiled.push(result)
          console.log(`  candidate profiled run (not counted): ${oneLine(result)}`)
        }
      } finally {
        await browser.close().catch(() => undefined)
      }
    }
    for (const rows of options.importRows) {
      const browser = await launchBrowser()
      env ??= describeEnvironment(
        ROOT,
        git,
        `Chromium ${browser.version()}`,
        CHROMIUM_ARGS,
        VIEWPORT,
      )
      try {
        const result = await measureImport(browser, server.url, rows, options.timeoutMs)
        imports.push(result)
        console.log(`\nImport ${rows} rows: ${importTable([result]).at(-1) ?? ''}`)
      } finally {
        await browser.close().catch(() => undefined)
      }
    }
  } finally {
    await server.close()
  }
  if (!env) throw new Error('no browser was launched')

  const elapsedMs = Date.now() - started
  const resultsPath = join(OUT, 'results.json')
  const saved: SavedResults = {
    environment: env,
    options,
    elapsedMs,
    datasets: datasets.map(({ dir, ...rest }) => ({ ...rest, dir: relative(ROOT, dir) })),
    runs: results,
    imports,
    profiled,
  }
  writeFileSync(
    resultsPath,
    JSON.stringify({ ...saved, summary: summarise(datasets, options, results) }, null, 1),
  )
  await report(saved, options.writeMarkdown)
  console.log(`Wrote ${relative(ROOT, resultsPath)}`)
  if (options.profile) printProfiles(profiled)
}

interface SavedResults {
  environment: Environment
  options: BenchOptions
  elapsedMs: number
  datasets: Dataset[]
  runs: RunResult[]
  /** The import case (absent in results saved before it existed). */
  imports?: ImportCaseResult[]
  /** The profiled app runs (`--profile`), kept apart from the measured ones. */
  profiled?: RunResult[]
}

function summarise(
  datasets: Dataset[],
  options: BenchOptions,
  results: RunResult[],
): Summary {
  const summary: Summary = {}
  for (const dataset of datasets) {
    const pages: Summary[string] = {}
    for (const page of options.pages) {
      const runs = results.filter((r) => r.dataset === dataset.id && r.page === page)
      if (runs.length > 0) pages[page] = summarisePage(runs)
    }
    summary[dataset.id] = pages
  }
  return summary
}

/** Prints the tables and targets and, if asked, rewrites the section of BENCHMARKS.md. */
async function report(saved: SavedResults, writeMarkdown: boolean): Promise<void> {
  const {
    environment,
    options,
    datasets,
    runs,
    elapsedMs,
    imports = [],
    profiled = [],
  } = saved
  const summary = summarise(datasets, options, runs)
  console.log(consoleReport(environment, options, datasets, summary, elapsedMs))
  if (imports.length > 0) console.log(['', 'Import', ...importTable(imports)].join('\n'))
  const where = whereTheTimeGoes(datasets, profiled)
  for (const [id, lines] of Object.entries(where))
    console.log([`\nWhere the time goes (${id}):`, ...lines].join('\n'))
  if (writeMarkdown) {
    await writeBenchmarksMd(
      join(ROOT, 'BENCHMARKS.md'),
      environment,
      options,
      datasets,
      summary,
      elapsedMs,
      imports,
      where,
    )
    console.log('\nUpdated BENCHMARKS.md')
  }
}

/**
 * Per size, one line per phase of the app's profiled run (`--profile`): its busy time
 * by source, so a missed target says where the time went.
 */
function whereTheTimeGoes(
  datasets: readonly Dataset[],
  profiled: readonly RunResult[],
): Record<string, string[]> {
  const where: Record<string, string[]> = {}
  for (const dataset of datasets) {
    const run = profiled.find((r) => r.dataset === dataset.id && r.profiles.length > 0)
    const lines = (run?.profiles ?? [])
      .filter((file) => file && existsSync(file))
      .map((file) => {
        const phase = file.endsWith('-load.cpuprofile') ? 'load' : 'filter changes'
        return `- ${phase}: ${whereTimeGoes(file, APP_DIR)}`
      })
    if (lines.length > 0) where[dataset.id] = lines
  }
  return where
}

/** `--report-only`: the tables again from bench/.out/results.json, no build and no browser. */
async function reportSaved(writeMarkdown: boolean): Promise<void> {
  const file = join(OUT, 'results.json')
  if (!existsSync(file))
    throw new Error(`${relative(ROOT, file)} is missing: run the benchmark first`)
  const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedResults
  await report(saved, writeMarkdown)
  // Keep the stored summary in step with the current summary code.
  const summary = summarise(saved.datasets, saved.options, saved.runs)
  writeFileSync(file, JSON.stringify({ ...saved, summary }, null, 1))
}

/** One discarded load of each page, so the first measured run does not pay for cold disks. */
async function warmUp(
  browser: Browser,
  origin: string,
  dataset: Dataset,
  options: BenchOptions,
): Promise<void> {
  for (const page of options.pages)
    await measureRun({
      browser,
      origin,
      page,
      dataset,
      run: -1,
      changes: 2,
      timeoutMs: options.timeoutMs,
      timelineMs: 500,
    }).catch(() => undefined)
}

async function measureOne(
  browser: Browser,
  origin: string,
  page: PageName,
  dataset: Dataset,
  run: number,
  options: BenchOptions,
  profile = false,
): Promise<RunResult> {
  try {
    return await measureRun({
      browser,
      origin,
      page,
      dataset,
      run,
      changes: options.changes,
      timeoutMs: options.timeoutMs,
      timelineMs: options.timelineMs,
      onProfile: profile
        ? (phase, cpu) => {
            mkdirSync(PROFILE_DIR, { recursive: true })
            const file = join(PROFILE_DIR, `${dataset.id}-profiled-${phase}.cpuprofile`)
            writeFileSync(file, JSON.stringify(cpu))
            return file
          }
        : undefined,
    })
  } catch (error) {
    // A harness failure in one run (e.g. the browser crashed) is recorded, not fatal.
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    console.error(`  ${page} run ${run + 1} broke: ${message}`)
    return {
      ...emptyResult({ page, dataset, run, timeoutMs: options.timeoutMs }),
      loadNote: `harness error: ${message}`,
      skipped: ['everything: harness error'],
    }
  }
}

function oneLine(r: RunResult): string {
  const parts = [`load ${formatMs(r.load)}`]
  if (r.heapUsed !== null) parts.push(`heap ${(r.heapUsed / 1024 / 1024).toFixed(1)} MB`)
  if (r.filter) {
    const ms = r.filter.samples.map((s) => s.ms).sort((a, b) => a - b)
    const p95 = ms[Math.max(0, Math.ceil(0.95 * ms.length) - 1)]
    parts.push(
      `filter ${ms.length}/${r.filter.planned}${p95 !== undefined ? ` p95 ${Math.round(p95)} ms` : ''}${r.filter.overLimit ? ' (limit hit)' : ''}`,
    )
  }
  if (r.panZoom) {
    const f = [...r.panZoom.frames].sort((a, b) => a - b)
    const p95 = f[Math.max(0, Math.ceil(0.95 * f.length) - 1)]
    parts.push(
      r.panZoom.overLimit
        ? 'pan/zoom over limit'
        : `pan/zoom p95 ${Math.round(p95 ?? 0)} ms`,
    )
  }
  if (r.timeline === 'absent') parts.push('no timeline')
  else if (r.timeline) parts.push(`timeline ${r.timeline.frames.length} frames`)
  if (r.loadNote) parts.push(r.loadNote)
  if (r.pageErrors.length > 0) parts.push(`${r.pageErrors.length} page error(s)`)
  return parts.join(', ')
}

function printProfiles(results: RunResult[]): void {
  for (const r of results)
    for (const file of r.profiles) {
      if (!file) continue
      console.log(`\nProfile ${relative(ROOT, file)}`)
      console.log(summariseProfile(file, APP_DIR))
    }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
