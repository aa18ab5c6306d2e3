/**
 * `npm run bench:lighthouse` — Lighthouse (desktop preset and the default mobile one) on the
 * default view `/` of the production build, in the Debian Chromium. Prints a table of scores
 * and metrics and the failing accessibility and best-practices audits.
 *
 *   npm run bench:lighthouse                     # one run per preset
 *   npm run bench:lighthouse -- --runs 3 --md    # medians of 3, written into BENCHMARKS.md
 *
 * Flags:
 *   --runs N     runs per preset (default 1); every figure is the median of the runs
 *   --md         rewrite the "Lighthouse" section of BENCHMARKS.md (the rest is kept)
 *   --build      always run `vite build` first; by default it runs only when dist/ is
 *                missing or older than the sources (src/, public/, data/, index.html, configs)
 *   --no-build   use dist/ as it is
 *
 * Lighthouse 12.8.2 is pinned: Lighthouse 13 needs Node ≥ 22.19 and the project runs on 20.
 * Never downloads a browser; only 127.0.0.1 is contacted.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

import { launch } from 'chrome-launcher'
import lighthouse, { type Flags, type Result, desktopConfig } from 'lighthouse'

import { CHROMIUM_PATH } from '../tests/e2e/support/chromium'
import { serveFolder } from '../tests/e2e/support/static-server'
import { describeEnvironment, gitState } from './lib/environment'
import {
  CATEGORIES,
  type Preset,
  consoleReport,
  failingAudits,
  summarisePreset,
  writeLighthouseMd,
} from './lib/lighthouse-report'

const ROOT = resolve(import.meta.dirname, '..')
const DIST = join(ROOT, 'dist')
/** The full Lighthouse reports (JSON) of the last run, for a closer look. */
const OUT = join(ROOT, 'bench', '.out', 'lighthouse')
const SOURCES = [
  'src',
  'public',
  'data',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
]

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

const USAGE = `Usage: npm run bench:lighthouse -- [--runs N] [--md] [--build | --no-build]`

interface Options {
  runs: number
  md: boolean
  build: boolean | 'if-stale'
}

function parseOptions(argv: string[]): Options | 'help' {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowNegative: true,
    options: {
      runs: { type: 'string', default: '1' },
      md: { type: 'boolean', default: false },
      build: { type: 'boolean' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) return 'help'
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be ≥ 1: ${values.runs}`)
  return { runs, md: values.md, build: values.build ?? 'if-stale' }
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  )
}

function ensureBuild(build: Options['build']): void {
  const index = join(DIST, 'index.html')
  if (build === false) {
    if (!existsSync(index))
      throw new Error('dist/index.html is missing: run without --no-build')
    return
  }
  if (build === 'if-stale' && existsSync(index)) {
    const built = statSync(index).mtimeMs
    if (SOURCES.every((source) => newestMtime(join(ROOT, source)) <= built)) {
      console.log('dist/ is newer than the sources: not rebuilding (--build forces it)')
      return
    }
  }
  console.log('vite build …')
  // vite-node sets NODE_ENV=development for itself; the build must bundle React's production build.
  const result = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'vite'),
    ['build', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'inherit',
    },
  )
  if (result.status !== 0)
    throw new Error(`vite build failed (exit ${String(result.status)})`)
}

/** The running browser's own version (the user agent reports a reduced one, e.g. 156.0.0.0). */
let browserVersion = ''

async function runOnce(url: string, preset: Preset): Promise<Result> {
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  })
  try {
    if (!browserVersion) {
      const response = await fetch(`http://127.0.0.1:${chrome.port}/json/version`)
      const { Browser } = (await response.json()) as { Browser?: string }
      browserVersion = Browser?.replace(/^(Headless)?Chrome\//, 'Chromium ') ?? ''
    }
    const flags: Flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    }
    const runner = await lighthouse(
      url,
      flags,
      preset === 'desktop' ? desktopConfig : undefined,
    )
    if (!runner) throw new Error('Lighthouse returned no result')
    return runner.lhr
  } finally {
    chrome.kill()
  }
}

const ATTEMPTS = 3

/**
 * One Lighthouse run in a fresh Chromium. A run that ends with a runtime error (on a loaded
 * machine: a DevTools call over Lighthouse's fixed 1 s limit, e.g. `Network.getResponseBody`,
 * which leaves an audit and its category without a score) is repeated, up to 3 attempts; the
 * last attempt is kept either way and the error is reported as a warning.
 */
async function runWithRetries(url: string, preset: Preset): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    const lhr = await runOnce(url, preset)
    const error = lhr.runtimeError
    if (!error) return lhr
    const message = `${error.code}: ${error.message}`
    if (attempt >= ATTEMPTS) {
      lhr.runWarnings.push(`runtime error after ${ATTEMPTS} attempts — ${message}`)
      return lhr
    }
    console.log(`  ${preset}: attempt ${attempt} ended with ${message}; trying again`)
  }
}

async function main(): Promise<void> {
  let options: Options | 'help'
  try {
    options = parseOptions(process.argv.slice(2))
  } catch (error) {
    console.error(`bench:lighthouse: ${(error as Error).message}\n\n${USAGE}`)
    process.exitCode = 2
    return
  }
  if (options === 'help') {
    console.log(USAGE)
    return
  }
  ensureBuild(options.build)
  const git = gitState(ROOT)
  const loadAverage = loadavg()[0] ?? 0
  mkdirSync(OUT, { recursive: true })
  // Compressed, as `npm start` (vite preview) and the deploy/ configs serve it.
  const server = await serveFolder(DIST, {}, { gzip: true })
  const byPreset: [Preset, Result[]][] = []
  try {
    for (const preset of ['desktop', 'mobile'] as const) {
      const results: Result[] = []
      for (let run = 1; run <= options.runs; run++) {
        const started = Date.now()
        const lhr = await runWithRetries(server.url, preset)
        results.push(lhr)
        writeFileSync(join(OUT, `${preset}-${run}.json`), JSON.stringify(lhr, null, 1))
        const perf = Math.round((lhr.categories.performance?.score ?? 0) * 100)
        console.log(
          `  ${preset} run ${run}/${options.runs}: performance ${perf} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
        )
      }
      byPreset.push([preset, results])
    }
  } finally {
    await server.close()
  }
  const first = byPreset[0]?.[1][0]
  if (!first) throw new Error('no Lighthouse result')
  const summary = {
    date: new Date().toISOString(),
    url: '/',
    lighthouse: first.lighthouseVersion,
    chromium: browserVersion || 'Chromium (version unknown)',
    loadAverage,
    benchmarkIndex: first.environment.benchmarkIndex ?? null,
    presets: byPreset.map(([preset, results]) => summarisePreset(preset, results)),
    failing: failingAudits(byPreset),
  }
  console.log(consoleReport(summary))
  if (options.md) {
    const env = describeEnvironment(ROOT, git, summary.chromium, CHROME_FLAGS, {
      width: 0,
      height: 0,
    })
    await writeLighthouseMd(join(ROOT, 'BENCHMARKS.md'), summary, {
      gitSha: git.sha,
      gitDirty: git.dirty,
      node: env.node,
      cpu: env.cpu,
      cores: env.cores,
      launchFlags: CHROME_FLAGS,
    })
    console.log('\nBENCHMARKS.md: Lighthouse section written')
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
