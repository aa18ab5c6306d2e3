/**
 * A measured figure, or a lower bound when the case ran into its limit (`over: true` means
 * "more than `value`").
 */
export interface Figure {
  value: number
  over: boolean
}

export const figure = (value: number, over = false): Figure => ({ value, over })

/**
 * Nearest-rank percentile (p in 0…100). A lower bound ranks by its bound, which makes the
 * result a valid lower bound too; it is flagged `over` when a bound sits at or below the rank
 * (the true value there may be larger).
 */
export function percentile(figures: readonly Figure[], p: number): Figure | null {
  if (figures.length === 0) return null
  const sorted = [...figures].sort((a, b) => a.value - b.value)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)))
  const pick = sorted[rank - 1]
  if (!pick) return null
  return { value: pick.value, over: sorted.slice(0, rank).some((f) => f.over) }
}

/**
 * The usual median (mean of the middle two for an even count) of measured figures; with a
 * lower bound among them, the nearest-rank p50 (a bound when one sits at or below it).
 */
export function median(figures: readonly Figure[]): Figure | null {
  if (figures.length === 0 || figures.some((f) => f.over)) return percentile(figures, 50)
  const sorted = figures.map((f) => f.value).sort((a, b) => a - b)
  const mid = sorted.length / 2
  const value = Number.isInteger(mid)
    ? ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
    : (sorted[Math.floor(mid)] ?? 0)
  return figure(value)
}

export function plain(values: readonly number[]): Figure[] {
  return values.map((value) => figure(value))
}

/** baseline / candidate; a bound on either side makes the ratio a bound (or unknown). */
export function ratio(
  baseline: Figure | null,
  candidate: Figure | null,
): { value: number; bound: 'exact' | 'at-least' | 'at-most' } | null {
  if (!baseline || !candidate || candidate.value <= 0) return null
  const value = baseline.value / candidate.value
  if (baseline.over && candidate.over) return null
  if (baseline.over) return { value, bound: 'at-least' }
  if (candidate.over) return { value, bound: 'at-most' }
  return { value, bound: 'exact' }
}

export function formatMs(f: Figure | null): string {
  if (!f) return '—'
  const text =
    f.value >= 1000 ? `${(f.value / 1000).toFixed(2)} s` : `${Math.round(f.value)} ms`
  return f.over ? `> ${text}` : text
}

export function formatBytes(f: Figure | null, unit: 'KB' | 'MB'): string {
  if (!f) return '—'
  const value = unit === 'KB' ? f.value / 1024 : f.value / 1024 / 1024
  const text = `${value.toFixed(1)} ${unit}`
  return f.over ? `> ${text}` : text
}

export function formatRatio(r: ReturnType<typeof ratio>): string {
  if (!r) return '—'
  const digits =
    r.value >= 10
      ? r.value.toFixed(0)
      : r.value >= 0.1
        ? r.value.toFixed(1)
        : r.value.toPrecision(1)
  const text = `${digits}×`
  return r.bound === 'at-least' ? `≥ ${text}` : r.bound === 'at-most' ? `≤ ${text}` : text
}
