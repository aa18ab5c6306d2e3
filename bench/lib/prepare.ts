import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Dataset {
  /** `bundled` or `syn-<N>`. */
  id: string
  label: string
  /** Folder on disk. */
  dir: string
  /** `?data=` value: the folder's path on the benchmark server. */
  urlPath: string
  enterprises: number
  /** Enterprises of the home region: what the app's first tile counts (the baseline counts all). */
  homeEnterprises: number
  events: number
  visits: number
  /** What the filter changes pick, chosen so each one changes the KPI. */
  plan: FilterPlan
}

interface FilterPlan {
  industries: string[]
  municipalities: string[]
  /** id → Russian name, as the filter bar's options show them. */
  labels: Record<string, string>
  /** `YYYY-MM-DD` start dates spread over the events. */
  dates: string[]
}

function run(command: string, args: string[], cwd: string, what: string): void {
  const started = Date.now()
  // vite-node sets NODE_ENV=development for itself; a child `vite build` that inherited it
  // would bundle React's development build.
  const env = { ...process.env, NODE_ENV: 'production' }
  const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  if (result.status !== 0) {
    process.stderr.write(result.stdout)
    process.stderr.write(result.stderr)
    throw new Error(`${what} failed (exit ${String(result.status)})`)
  }
  console.log(`  ${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/**
 * The files of a commit, for building the app as committed rather than the working tree:
 * `git archive` into a folder under the system temp dir (outside `bench/`, which the node
 * tsconfig type-checks), with the repo's node_modules linked in. Reused if already there.
 */
export function exportCommit(root: string, ref: string): { dir: string; sha: string } {
  const sha = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], {
    cwd: root,
    encoding: 'utf8',
  }).trim()
  const dir = join(tmpdir(), `promkarta-bench-${sha.slice(0, 12)}`)
  if (!existsSync(join(dir, 'package.json'))) {
    mkdirSync(dir, { recursive: true })
    const tar = execFileSync('git', ['archive', '--format=tar', sha], {
      cwd: root,
      maxBuffer: 1024 ** 3,
    })
    execFileSync('tar', ['-x', '-C', dir], { input: tar })
  }
  if (!existsSync(join(dir, 'node_modules')))
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return { dir, sha }
}

/**
 * The app (production build, data copied in) from `appRoot` (the repo, or an exported
 * commit) and the baseline page from the repo.
 */
export function buildPages(root: string, appRoot: string, appDir: string): void {
  const vite = join(root, 'node_modules', '.bin', 'vite')
  run(
    vite,
    ['build', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'warn'],
    appRoot,
    'vite build (app)',
  )
  run(
    vite,
    ['build', '--config', join(root, 'bench', 'baseline', 'vite.config.ts')],
    root,
    'vite build (baseline)',
  )
}

function generatorHash(root: string): string {
  const hash = createHash('sha256')
  for (const file of ['scripts/gen-synthetic.ts', 'scripts/synthetic/generate.ts'])
    hash.update(readFileSync(join(root, file)))
  return hash.digest('hex').slice(0, 16)
}

/** Seeded synthetic data, regenerated only when the counts, seed or generator changed. */
export function syntheticDataset(
  root: string,
  outRoot: string,
  enterprises: number,
  seed: number,
): Dataset {
  const events = Math.round(enterprises / 2)
  const visits = Math.round(enterprises / 20)
  const dir = join(outRoot, `data-${enterprises}`)
  const stampFile = join(dir, 'bench-stamp.json')
  const stamp = JSON.stringify({
    enterprises,
    events,
    visits,
    seed,
    generator: generatorHash(root),
  })
  const current = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : ''
  if (current !== stamp) {
    run(
      join(root, 'node_modules', '.bin', 'vite-node'),
      [
        'scripts/gen-synthetic.ts',
        '--enterprises',
        String(enterprises),
        '--events',
        String(events),
        '--visits',
        String(visits),
        '--seed',
        String(seed),
        '--out',
        dir,
      ],
      root,
      `gen:synthetic ${enterprises.toLocaleString('en')} enterprises`,
    )
    writeFileSync(stampFile, stamp)
  }
  return {
    id: `syn-${enterprises}`,
    label: `${enterprises.toLocaleString('en')} synthetic`,
    dir,
    urlPath: `/bench-data/data-${enterprises}/`,
    enterprises,
    homeEnterprises: homeEnterprises(dir),
    events,
    visits,
    plan: filterPlan(dir),
  }
}

/** The data the build ships (`data/`, copied into the app build). */
export function bundledDataset(appDir: string): Dataset {
  const dir = join(appDir, 'data')
  return {
    id: 'bundled',
    label: 'bundled data',
    dir,
    urlPath: '/data/',
    enterprises: records(dir, 'enterprises').length,
    homeEnterprises: homeEnterprises(dir),
    events: records(dir, 'events').length,
    visits: records(dir, 'visits').length,
    plan: filterPlan(dir),
  }
}

interface Manifest {
  files: Record<string, string>
}

function records(dir: string, kind: string): Record<string, unknown>[] {
  const manifest = JSON.parse(
    readFileSync(join(dir, 'manifest.json'), 'utf8'),
  ) as Manifest
  const file = manifest.files[kind]
  if (!file) return []
  return (
    JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      records: Record<string, unknown>[]
    }
  ).records
}

/**
 * Industries and municipalities that hold some but not all enterprises (largest first), and
 * dates spread over the Smolensk-industry events (the app's default relevance), so that
 * every filter change moves at least one KPI.
 */
function filterPlan(dir: string): FilterPlan {
  const enterprises = records(dir, 'enterprises') as {
    industries?: string[]
    municipality?: string
  }[]
  const partial = (counts: Map<string, number>) =>
    [...counts]
      .filter(([, n]) => n > 0 && n < enterprises.length)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([id]) => id)
  const industries = new Map<string, number>()
  const municipalities = new Map<string, number>()
  for (const e of enterprises) {
    for (const id of new Set(e.industries ?? []))
      industries.set(id, (industries.get(id) ?? 0) + 1)
    if (e.municipality)
      municipalities.set(e.municipality, (municipalities.get(e.municipality) ?? 0) + 1)
  }
  const events = records(dir, 'events') as { date?: string; relevance?: string }[]
  const relevant = events.filter((e) => e.relevance === 'smolensk-industry')
  const dates = (relevant.length > 0 ? relevant : events)
    .map((e) => e.date ?? '')
    .filter((d) => /^\d{4}-\d{2}/.test(d))
    .map((d) => (d.length === 7 ? `${d}-15` : d.slice(0, 10)))
    .sort()
  const quantiles = [0.35, 0.55, 0.75, 0.9]
    .map((q) => dates[Math.min(dates.length - 1, Math.floor(q * dates.length))])
    .filter((d): d is string => d !== undefined)
  const labels: Record<string, string> = {}
  for (const kind of ['industries', 'municipalities'])
    for (const record of records(dir, kind) as {
      id: string
      name?: { ru?: string }
      label?: { ru?: string }
    }[]) {
      const ru = record.label?.ru ?? record.name?.ru
      if (ru) labels[record.id] = ru
    }
  return {
    industries: partial(industries),
    municipalities: partial(municipalities),
    labels,
    dates: [...new Set(quantiles)],
  }
}

/** Enterprises (not other organisations) whose region is the manifest's home region. */
function homeEnterprises(dir: string): number {
  const { homeRegion } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    homeRegion?: string
  }
  return (records(dir, 'enterprises') as { kind?: string; region?: string }[]).filter(
    (e) => (e.kind ?? 'enterprise') === 'enterprise' && e.region === homeRegion,
  ).length
}
