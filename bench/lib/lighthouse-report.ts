import { existsSync, readFileSync, writeFileSync } from 'node:fs'

import type { Result } from 'lighthouse'
import { format, resolveConfig } from 'prettier'

import { figure, median } from './stats'

export type Preset = 'desktop' | 'mobile'

export const CATEGORIES = [
  'performance',
  'accessibility',
  'best-practices',
  'seo',
] as const

const METRICS = [
  { id: 'first-contentful-paint', label: 'FCP', unit: 's' },
  { id: 'largest-contentful-paint', label: 'LCP', unit: 's' },
  { id: 'total-blocking-time', label: 'TBT', unit: 'ms' },
  { id: 'cumulative-layout-shift', label: 'CLS', unit: '' },
  { id: 'speed-index', label: 'Speed Index', unit: 's' },
] as const

/** Categories whose failing audits are listed, so someone can fix them (performance has its own figures). */
const LISTED = ['accessibility', 'best-practices', 'seo'] as const

export interface FailingAudit {
  category: (typeof LISTED)[number]
  id: string
  title: string
  score: number
  presets: Preset[]
}

export interface PresetSummary {
  preset: Preset
  runs: number
  /** Category scores 0…100 (median of the runs); `null` when Lighthouse gave none. */
  scores: Record<(typeof CATEGORIES)[number], number | null>
  /** Performance scores of every run, to show the spread. */
  performanceRuns: number[]
  /** Metric values (ms, or unitless for CLS), median of the runs. */
  metrics: Record<(typeof METRICS)[number]['id'], number | null>
  warnings: string[]
}

export interface LighthouseSummary {
  date: string
  url: string
  lighthouse: string
  chromium: string
  benchmarkIndex: number | null
  /** 1-minute load average when the runs started (other work on the machine skews timings). */
  loadAverage: number
  presets: PresetSummary[]
  failing: FailingAudit[]
}

const medianOf = (values: (number | null | undefined)[]): number | null => {
  const present = values.filter((v): v is number => typeof v === 'number')
  return median(present.map((v) => figure(v)))?.value ?? null
}

export function summarisePreset(preset: Preset, results: Result[]): PresetSummary {
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => {
      const value = medianOf(results.map((r) => r.categories[id]?.score))
      return [id, value === null ? null : Math.round(value * 100)]
    }),
  ) as PresetSummary['scores']
  const metrics = Object.fromEntries(
    METRICS.map(({ id }) => [
      id,
      medianOf(results.map((r) => r.audits[id]?.numericValue)),
    ]),
  ) as PresetSummary['metrics']
  return {
    preset,
    runs: results.length,
    scores,
    performanceRuns: results.map((r) =>
      Math.round((r.categories.performance?.score ?? 0) * 100),
    ),
    metrics,
    warnings: [...new Set(results.flatMap((r) => r.runWarnings.map(String)))],
  }
}

/** Audits of the listed categories with a score below 1 in any run of any preset. */
export function failingAudits(byPreset: [Preset, Result[]][]): FailingAudit[] {
  const found = new Map<string, FailingAudit>()
  for (const [preset, results] of byPreset)
    for (const result of results)
      for (const category of LISTED)
        for (const ref of result.categories[category]?.auditRefs ?? []) {
          const audit = result.audits[ref.id]
          if (!audit || audit.score === null || audit.score >= 1) continue
          const key = `${category}/${ref.id}`
          const entry = found.get(key) ?? {
            category,
            id: ref.id,
            title: audit.title,
            score: audit.score,
            presets: [],
          }
          entry.score = Math.min(entry.score, audit.score)
          if (!entry.presets.includes(preset)) entry.presets.push(preset)
          found.set(key, entry)
        }
  return [...found.values()]
}

function formatMetric(value: number | null, unit: string): string {
  if (value === null) return '—'
  if (unit === 's') return `${(value / 1000).toFixed(1)} s`
  if (unit === 'ms') return `${Math.round(value).toLocaleString('en-US')} ms`
  return value.toFixed(3)
}

const score = (value: number | null): string => (value === null ? '—' : String(value))

const HEADER = [
  'Preset',
  'Performance',
  'Accessibility',
  'Best practices',
  'SEO',
  ...METRICS.map((m) => m.label),
]

function rows(summary: LighthouseSummary): string[][] {
  return summary.presets.map((p) => [
    p.preset,
    p.runs > 1
      ? `${score(p.scores.performance)} (runs ${p.performanceRuns.join(', ')})`
      : score(p.scores.performance),
    score(p.scores.accessibility),
    score(p.scores['best-practices']),
    score(p.scores.seo),
    ...METRICS.map((m) => formatMetric(p.metrics[m.id], m.unit)),
  ])
}

const CATEGORY_TITLES: Record<FailingAudit['category'], string> = {
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
}
const categoryTitle = (category: FailingAudit['category']): string =>
  CATEGORY_TITLES[category]

export function consoleReport(summary: LighthouseSummary): string {
  const table = [HEADER, ...rows(summary)]
  const widths = HEADER.map((_, i) =>
    Math.max(...table.map((row) => (row[i] ?? '').length)),
  )
  const line = (row: string[]): string =>
    row
      .map((cell, i) =>
        i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
      )
      .join('  ')
  const out = [
    '',
    `Lighthouse ${summary.lighthouse}, ${summary.chromium}, ${summary.url}`,
    '',
    line(HEADER),
    ...rows(summary).map(line),
  ]
  for (const p of summary.presets)
    for (const warning of p.warnings) out.push(`  ${p.preset} warning: ${warning}`)
  out.push('', 'Targets:')
  for (const t of lighthouseTargets(summary))
    out.push(
      `  [${t.met === null ? 'not measured' : t.met ? 'met' : 'missed'}] ${t.what}: ${t.value} (target ${t.budget})`,
    )
  for (const category of LISTED) {
    const audits = summary.failing.filter((a) => a.category === category)
    out.push(
      '',
      `${categoryTitle(category)}: ${audits.length === 0 ? 'no failing audits' : 'failing audits'}`,
    )
    for (const a of audits)
      out.push(`  ${a.id} — ${a.title} (score ${a.score}; ${a.presets.join(', ')})`)
  }
  return out.join('\n')
}

const START =
  '<!-- lighthouse:generated:start — rewritten by `npm run bench:lighthouse -- --md`; edit outside -->'
const END = '<!-- lighthouse:generated:end -->'

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

export interface MarkdownContext {
  gitSha: string
  gitDirty: boolean
  node: string
  cpu: string
  cores: number
  launchFlags: string[]
}

interface LighthouseTarget {
  what: string
  budget: string
  value: string
  met: boolean | null
}

/** Performance ≥ 90 on both presets, accessibility and best practices 100. */
function lighthouseTargets(summary: LighthouseSummary): LighthouseTarget[] {
  const at = (preset: string, category: keyof PresetSummary['scores'], least: number) => {
    const value =
      summary.presets.find((p) => p.preset === preset)?.scores[category] ?? null
    return {
      what: `${category === 'best-practices' ? 'Best practices' : category[0]?.toUpperCase() + category.slice(1)}, ${preset}`,
      budget: least === 100 ? '100' : `≥ ${least}`,
      value: score(value),
      met: value === null ? null : value >= least,
    }
  }
  return ['desktop', 'mobile'].flatMap((preset) => [
    at(preset, 'performance', 90),
    at(preset, 'accessibility', 100),
    at(preset, 'best-practices', 100),
  ])
}

function markdownSection(summary: LighthouseSummary, ctx: MarkdownContext): string {
  const lines = [
    START,
    '',
    `## Lighthouse (${summary.date.slice(0, 10)})`,
    '',
    `\`npm run bench:lighthouse\` runs Lighthouse on the default view \`/\` of the production build (\`dist/\`), served gzip-compressed (as \`npm start\` and the \`deploy/\` configs serve it) by the browser tests' static server on 127.0.0.1. \`-- --md\` rewrites this section; the rest of the file is kept.`,
    '',
    `- Date: ${summary.date}`,
    `- Git: ${ctx.gitSha}${ctx.gitDirty ? ' (with uncommitted changes under src/)' : ''}`,
    `- Lighthouse ${summary.lighthouse} (the last major that runs on Node 20), Node ${ctx.node}`,
    `- Browser: ${summary.chromium} (Debian \`/usr/bin/chromium\`, launched by chrome-launcher), flags \`${ctx.launchFlags.join(' ')}\``,
    `- Machine: ${ctx.cpu}, a ${ctx.cores}-core VM without a GPU (software rendering)${summary.benchmarkIndex === null ? '' : `; Lighthouse benchmarkIndex ${Math.round(summary.benchmarkIndex)}`}; load average ${summary.loadAverage.toFixed(1)} when the runs started`,
    `- Runs per preset: ${summary.presets[0]?.runs ?? 0}; every figure is the median of the runs`,
    '',
    `| ${HEADER.join(' | ')} |`,
    `| --- | ${HEADER.slice(1)
      .map(() => '---:')
      .join(' | ')} |`,
    ...rows(summary).map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
    '### Targets (speed issue, second round)',
    '',
    '| What | Target | Measured | Status |',
    '| --- | --- | ---: | --- |',
    ...lighthouseTargets(summary).map(
      (t) =>
        `| ${t.what} | ${t.budget} | ${t.value} | ${t.met === null ? 'not measured' : t.met ? '✅ met' : '❌ missed'} |`,
    ),
    '',
  ]
  for (const category of LISTED) {
    const audits = summary.failing.filter((a) => a.category === category)
    lines.push(`### Failing audits: ${categoryTitle(category)}`, '')
    if (audits.length === 0) lines.push('None (every scored audit passed).', '')
    else
      lines.push(
        '| Audit id | Title | Score | Presets |',
        '| --- | --- | ---: | --- |',
        ...audits.map(
          (a) =>
            `| \`${a.id}\` | ${cell(a.title)} | ${a.score} | ${a.presets.join(', ')} |`,
        ),
        '',
      )
  }
  lines.push(
    '### How to read it',
    '',
    '- *mobile* = Lighthouse defaults (Moto G Power–sized screen, simulated slow 4G and a 4× CPU slowdown); *desktop* = the desktop preset (1350×940, simulated 40 ms RTT and 10 Mbit/s, no CPU slowdown). Both use simulated throttling: the timings are estimated from one unthrottled load, on a slow machine, so read them as relative (before/after a change), not as field values.',
    '- The static server compresses text like `npm start` but sends no cache or security headers (the deploy configs in `deploy/` add them), so header-based audits read worse here than in production. No map tiles are fetched (none are configured at build time; the basemap is drawn from `data/geo/`).',
    '- A failing audit is one with a score below 1 in any run; an audit the page does not apply to is not listed.',
    '',
    END,
  )
  return lines.join('\n')
}

/** Rewrites the Lighthouse section between its markers (appended when missing), formatted as `prettier --check` expects. */
export async function writeLighthouseMd(
  path: string,
  summary: LighthouseSummary,
  ctx: MarkdownContext,
): Promise<void> {
  const block = markdownSection(summary, ctx)
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n'
  const start = old.indexOf(START)
  const end = old.indexOf(END)
  const text =
    start >= 0 && end > start
      ? old.slice(0, start) + block + old.slice(end + END.length)
      : old.trimEnd() + '\n\n' + block + '\n'
  const config = (await resolveConfig(path)) ?? {}
  writeFileSync(path, await format(text, { ...config, filepath: path }))
}
