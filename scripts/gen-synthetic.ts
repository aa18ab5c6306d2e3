/**
 * Writes a seeded synthetic dataset for performance tests into a folder of its own.
 *
 *   npm run gen:synthetic -- --enterprises 100000 --events 50000 --visits 5000 \
 *     --out /tmp/syn100k [--seed 1] [--parks 50]
 *
 * The reference lists (regions, municipalities, industries) and the map boundaries come
 * from the repo's `data/`. Never writes into `data/` or `dist/data/`: synthetic data must
 * not become the default data. Open the result with `?data=<url of the folder>`.
 */
import type { DatasetKind } from '../src/domain/schema/values'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'

import { parseDataset } from '../src/domain/load/parse-dataset'
import type { RecordOf } from '../src/domain/schema/datasets'
import {
  DEFAULT_PARKS,
  DEFAULT_SEED,
  type SyntheticOptions,
  type SyntheticReference,
  generateSynthetic,
} from './synthetic/generate'

const ROOT = resolve(import.meta.dirname, '..')
const DATA_DIR = join(ROOT, 'data')
const GEO_DIR = join(DATA_DIR, 'geo')
/** Folders the app serves as its default data; the build copies `data/` to `dist/data/`. */
const PROTECTED_DIRS = [DATA_DIR, join(ROOT, 'dist', 'data')]

const USAGE = `Usage:
  npm run gen:synthetic -- --enterprises N --events N --visits N --out DIR [--seed N] [--parks N]

  --enterprises N  number of enterprises (whole number ≥ 0)
  --events N       number of events
  --visits N       number of visits
  --parks N        number of parks (default ${DEFAULT_PARKS})
  --seed N         random seed, 0…4294967295 (default ${DEFAULT_SEED}); same seed, same files
  --out DIR        folder to write; not the repo's data/ folder

Example:
  npm run gen:synthetic -- --enterprises 100000 --events 50000 --visits 5000 --out /tmp/syn100k`

class UsageError extends Error {}

interface CliArgs {
  options: SyntheticOptions
  outDir: string
}

function main(): void {
  let args: CliArgs
  try {
    args = parseCliArgs(process.argv.slice(2))
    refuseProtectedFolder(args.outDir)
    refuseRealDataset(args.outDir)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(`gen:synthetic: ${error.message}\n\n${USAGE}`)
    process.exit(2)
  }

  const started = performance.now()
  const reference = readReference()
  const { files } = generateSynthetic(args.options, reference)
  const generatedMs = performance.now() - started

  mkdirSync(args.outDir, { recursive: true })
  const written = Object.entries(files).map(([file, json]) =>
    writeJson(args.outDir, file, json),
  )
  written.push(...copyGeo(args.outDir))
  const totalMs = performance.now() - started

  report(args, files, written, generatedMs, totalMs)
}

// ---------------------------------------------------------------------------------------
// Arguments

function parseCliArgs(argv: string[]): CliArgs {
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        enterprises: { type: 'string' },
        events: { type: 'string' },
        visits: { type: 'string' },
        parks: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const out = values.out
  if (typeof out !== 'string' || out.trim() === '')
    throw new UsageError('--out DIR is required')
  return {
    options: {
      enterprises: requiredCount(values, 'enterprises'),
      events: requiredCount(values, 'events'),
      visits: requiredCount(values, 'visits'),
      parks: optionalNumber(values, 'parks', Number.MAX_SAFE_INTEGER),
      seed: optionalNumber(values, 'seed', 0xffffffff),
    },
    outDir: resolve(out),
  }
}

function requiredCount(
  values: Record<string, string | boolean | undefined>,
  name: string,
): number {
  const count = optionalNumber(values, name, Number.MAX_SAFE_INTEGER)
  if (count === undefined) throw new UsageError(`--${name} N is required`)
  return count
}

function optionalNumber(
  values: Record<string, string | boolean | undefined>,
  name: string,
  max: number,
): number | undefined {
  const raw = values[name]
  if (raw === undefined) return undefined
  const value = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN
  if (!Number.isSafeInteger(value) || value > max)
    throw new UsageError(
      `--${name} must be a whole number ${max === Number.MAX_SAFE_INTEGER ? '≥ 0' : `from 0 to ${max}`}, got "${String(raw)}"`,
    )
  return value
}

// ---------------------------------------------------------------------------------------
// Safety

/** The real path of `dir`, or of its nearest existing parent plus the rest, so links count. */
function realPath(dir: string): string {
  if (existsSync(dir)) return realpathSync(dir)
  const parent = dirname(dir)
  if (parent === dir) return dir
  return join(realPath(parent), relative(parent, dir))
}

function isInside(dir: string, folder: string): boolean {
  const rel = relative(folder, dir)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

function refuseProtectedFolder(outDir: string): void {
  const target = realPath(outDir)
  for (const folder of PROTECTED_DIRS) {
    if (isInside(target, realPath(folder)))
      throw new UsageError(
        `refusing to write into ${relative(ROOT, folder)}/: synthetic data must never ` +
          'become the default data. Choose a folder outside it, e.g. /tmp/syn100k',
      )
  }
}

/** Overwriting an earlier synthetic folder is fine; overwriting a real dataset is not. */
function refuseRealDataset(outDir: string): void {
  const manifestPath = join(outDir, 'manifest.json')
  if (!existsSync(manifestPath)) return
  let synthetic: unknown
  try {
    synthetic = (
      JSON.parse(readFileSync(manifestPath, 'utf8')) as { synthetic?: unknown }
    ).synthetic
  } catch {
    synthetic = undefined
  }
  if (synthetic !== true)
    throw new UsageError(
      `${manifestPath} exists and is not a synthetic dataset; refusing to overwrite it`,
    )
}

// ---------------------------------------------------------------------------------------
// Files

function readReference(): SyntheticReference {
  return {
    regions: readRecords('regions'),
    municipalities: readRecords('municipalities'),
    industries: readRecords('industries'),
  }
}

/** Reads a reference file from `data/` through the app's own validation. */
function readRecords<K extends DatasetKind>(kind: K): RecordOf<K>[] {
  const file = `${kind}.json`
  const json: unknown = JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8'))
  const result = parseDataset(kind, file, json)
  if (!result.ok) throw new Error(`data/${file}: ${result.fault.message}`)
  const errors = result.dataset.issues.filter((i) => i.severity === 'error')
  if (errors.length > 0)
    throw new Error(
      `data/${file} has invalid records:\n` +
        errors.map((i) => `  #${i.index} ${i.path}: ${i.message}`).join('\n'),
    )
  return result.dataset.records
}

interface Written {
  file: string
  bytes: number
}

/** Compact JSON: indentation would add tens of megabytes at 100,000 records. */
function writeJson(outDir: string, file: string, json: unknown): Written {
  const path = join(outDir, file)
  mkdirSync(dirname(path), { recursive: true })
  const text = JSON.stringify(json)
  writeFileSync(path, text)
  return { file, bytes: Buffer.byteLength(text) }
}

function copyGeo(outDir: string): Written[] {
  if (!existsSync(GEO_DIR)) {
    console.warn('gen:synthetic: data/geo/ not found; the map will have no boundaries')
    return []
  }
  mkdirSync(join(outDir, 'geo'), { recursive: true })
  return readdirSync(GEO_DIR)
    .filter((name) => name.endsWith('.geojson'))
    .sort()
    .map((name) => {
      copyFileSync(join(GEO_DIR, name), join(outDir, 'geo', name))
      return { file: `geo/${name}`, bytes: statSync(join(GEO_DIR, name)).size }
    })
}

// ---------------------------------------------------------------------------------------
// Report

function report(
  args: CliArgs,
  files: Record<string, unknown>,
  written: readonly Written[],
  generatedMs: number,
  totalMs: number,
): void {
  const counts = Object.entries(files)
    .filter(([file]) => file !== 'manifest.json')
    .map(([file, json]) => `${file.replace('.json', '')} ${recordCount(json)}`)
  const total = written.reduce((sum, w) => sum + w.bytes, 0)
  const width = Math.max(...written.map((w) => w.file.length))
  console.log(`Synthetic dataset written to ${args.outDir}`)
  console.log(`Seed ${args.options.seed ?? DEFAULT_SEED}; records: ${counts.join(', ')}`)
  for (const w of written)
    console.log(`  ${w.file.padEnd(width)}  ${formatBytes(w.bytes)}`)
  console.log(`  ${'total'.padEnd(width)}  ${formatBytes(total)}`)
  console.log(
    `Time: ${formatMs(generatedMs)} to generate, ${formatMs(totalMs)} in all (with writing)`,
  )
}

function recordCount(json: unknown): number {
  const records = (json as { records?: unknown } | null)?.records
  return Array.isArray(records) ? records.length : 0
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`
}

main()
