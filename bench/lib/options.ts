import { parseArgs } from 'node:util'

export const USAGE = `Usage: npm run bench -- [options]

  --sizes LIST        synthetic sizes in enterprises, comma-separated
                      (default 1000,10000,100000; events = N/2, visits = N/20)
  --runs N            candidate/baseline pairs per size (default 3, and 2 at ≥ 100,000)
  --no-bundled        skip the row on the bundled data (dist/data)
  --changes N         filter changes per run (default 24, at least 1)
  --timeout S         limit per measured case in seconds (default 120); a case that
                      runs over is reported as "> limit", never as a failure
  --timeline S        seconds of timeline playback to record (default 3)
  --seed N            generator seed (default 1)
  --ref REF           build the app from a commit (git archive, e.g. HEAD) instead of the
                      working tree — for a tree that others are editing, or to compare commits
  --no-build          reuse bench/.out/app and bench/.out/baseline
  --no-md             do not rewrite BENCHMARKS.md (results.json is always written)
  --report-only       print the tables again from bench/.out/results.json and rewrite the
                      section of BENCHMARKS.md (unless --no-md); no build, no browser
  --no-profile        skip the extra profiled app run per size (by default one run that is
                      not counted is profiled, and BENCHMARKS.md says where its time goes)
  --only PAGE         candidate or baseline (default both), or import (only the import case)
  --no-import         skip the import case (10,000 and 100,000 generated CSV rows)
  --import-rows LIST  rows of the import case (default 10000,100000)
  -h, --help          this text

Quick run: npm run bench -- --sizes 1000 --runs 1`

export class UsageError extends Error {}

export type PageName = 'candidate' | 'baseline'

export interface BenchOptions {
  sizes: number[]
  runs: number | null
  bundled: boolean
  changes: number
  timeoutMs: number
  timelineMs: number
  seed: number
  build: boolean
  /** Commit to build the app from; `null` = the working tree. */
  ref: string | null
  writeMarkdown: boolean
  reportOnly: boolean
  profile: boolean
  pages: PageName[]
  /** Rows of the import case's CSV files; empty = no import case. */
  importRows: number[]
}

export function parseOptions(argv: string[]): BenchOptions | 'help' {
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      allowNegative: true,
      options: {
        sizes: { type: 'string' },
        runs: { type: 'string' },
        bundled: { type: 'boolean', default: true },
        changes: { type: 'string' },
        timeout: { type: 'string' },
        timeline: { type: 'string' },
        seed: { type: 'string' },
        build: { type: 'boolean', default: true },
        ref: { type: 'string' },
        md: { type: 'boolean', default: true },
        'report-only': { type: 'boolean', default: false },
        profile: { type: 'boolean', default: true },
        only: { type: 'string' },
        import: { type: 'boolean', default: true },
        'import-rows': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  if (values.help) return 'help'
  const sizes =
    typeof values.sizes === 'string'
      ? values.sizes
          .split(',')
          .filter((s) => s.trim() !== '')
          .map((s) => whole(s.trim(), '--sizes', 1))
      : [1000, 10000, 100000]
  const only = values.only
  if (
    only !== undefined &&
    only !== 'candidate' &&
    only !== 'baseline' &&
    only !== 'import'
  )
    throw new UsageError(
      `--only must be candidate, baseline or import, got "${String(only)}"`,
    )
  const importRows =
    values.import === false
      ? []
      : typeof values['import-rows'] === 'string'
        ? values['import-rows'].split(',').map((s) => whole(s.trim(), '--import-rows', 1))
        : [10000, 100000]
  return {
    sizes,
    runs: typeof values.runs === 'string' ? whole(values.runs, '--runs', 1) : null,
    bundled: values.bundled !== false,
    changes:
      typeof values.changes === 'string' ? whole(values.changes, '--changes', 1) : 24,
    timeoutMs:
      (typeof values.timeout === 'string' ? whole(values.timeout, '--timeout', 1) : 120) *
      1000,
    timelineMs:
      (typeof values.timeline === 'string'
        ? whole(values.timeline, '--timeline', 1)
        : 3) * 1000,
    seed: typeof values.seed === 'string' ? whole(values.seed, '--seed', 0) : 1,
    build: values.build !== false,
    ref:
      typeof values.ref === 'string' && values.ref.trim() !== ''
        ? values.ref.trim()
        : null,
    writeMarkdown: values.md !== false,
    reportOnly: values['report-only'] === true,
    profile: values.profile !== false,
    pages: only === 'import' ? [] : only ? [only] : ['candidate', 'baseline'],
    importRows,
    ...(only === 'import' ? { sizes: [], bundled: false } : {}),
  }
}

/** Pairs for one size: the flag, or 3 (2 at 100,000 and more). */
export function runsFor(options: BenchOptions, enterprises: number): number {
  return options.runs ?? (enterprises >= 100000 ? 2 : 3)
}

function whole(raw: string, name: string, min: number): number {
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN
  if (!Number.isSafeInteger(value) || value < min)
    throw new UsageError(`${name} takes whole numbers ≥ ${min}, got "${raw}"`)
  return value
}
