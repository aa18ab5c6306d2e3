import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Where the CPU time of a `.cpuprofile` went, by original source file (via the build's maps). */

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
  columnNumber: number
}

interface ProfileNode {
  id: number
  callFrame: CallFrame
  children?: number[]
}

interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

interface SourceMap {
  sources: string[]
  names: string[]
  mappings: string
}

/** Per generated line: [column, source, line, column, name?] segments, sorted by column. */
type Decoded = number[][][]

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function decodeMappings(mappings: string): Decoded {
  const lines: Decoded = []
  let source = 0
  let line = 0
  let column = 0
  let name = 0
  for (const text of mappings.split(';')) {
    const segments: number[][] = []
    let generated = 0
    for (const part of text.split(',')) {
      if (!part) continue
      const values: number[] = []
      let value = 0
      let shift = 0
      for (const char of part) {
        const digit = B64.indexOf(char)
        value += (digit & 31) << shift
        if (digit & 32) shift += 5
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1)
          value = 0
          shift = 0
        }
      }
      generated += values[0] ?? 0
      if (values.length >= 4) {
        source += values[1] ?? 0
        line += values[2] ?? 0
        column += values[3] ?? 0
        if (values.length >= 5) name += values[4] ?? 0
        segments.push(
          values.length >= 5
            ? [generated, source, line, column, name]
            : [generated, source, line, column],
        )
      }
    }
    lines.push(segments)
  }
  return lines
}

class Mapper {
  private maps = new Map<string, { map: SourceMap; decoded: Decoded } | null>()
  private readonly appDir: string
  constructor(appDir: string) {
    this.appDir = appDir
  }

  /** `src/…` or the npm package of a position in a built file, and the name there. */
  locate(frame: CallFrame): { source: string; name: string } {
    let path: string
    try {
      path = new URL(frame.url).pathname
    } catch {
      return { source: frame.url ? frame.url : '(native)', name: frame.functionName }
    }
    const entry = this.load(path)
    if (!entry) return { source: path, name: frame.functionName }
    const segments = entry.decoded[frame.lineNumber] ?? []
    let best: number[] | undefined
    for (const segment of segments) {
      if ((segment[0] ?? 0) > frame.columnNumber) break
      best = segment
    }
    if (!best) return { source: path, name: frame.functionName }
    const source = entry.map.sources[best[1] ?? 0] ?? path
    const name = best[4] !== undefined ? entry.map.names[best[4]] : undefined
    return {
      source: shortSource(source),
      name: name ?? frame.functionName,
    }
  }

  private load(path: string) {
    if (this.maps.has(path)) return this.maps.get(path) ?? null
    const file = join(this.appDir, `${path}.map`)
    let entry: { map: SourceMap; decoded: Decoded } | null = null
    if (existsSync(file)) {
      const map = JSON.parse(readFileSync(file, 'utf8')) as SourceMap
      entry = { map, decoded: decodeMappings(map.mappings) }
    }
    this.maps.set(path, entry)
    return entry
  }
}

function shortSource(source: string): string {
  const modules = source.lastIndexOf('node_modules/')
  if (modules >= 0) {
    const rest = source.slice(modules + 'node_modules/'.length).split('/')
    const name = rest[0]?.startsWith('@')
      ? `${rest[0]}/${rest[1] ?? ''}`
      : (rest[0] ?? '')
    return `npm:${name}`
  }
  const src = source.indexOf('src/')
  return src >= 0 ? source.slice(src) : source
}

const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1])

/** Busy time by source of the profile summarised last (set by `summariseProfile`). */
let lastBySource: { busy: number; bySource: [string, number][] } | null = null

/**
 * One line of where the busy time of a profile goes, by source, e.g.
 * "610 ms busy: npm:react-dom 31 %, npm:recharts 18 %, (garbage collector) 7 %, …".
 */
export function whereTimeGoes(file: string, appDir: string, top = 6): string {
  summariseProfile(file, appDir)
  const summary = lastBySource
  if (!summary || summary.busy === 0) return 'no samples'
  const shares = summary.bySource
    .slice(0, top)
    .map(([source, us]) => `${source} ${Math.round((100 * us) / summary.busy)} %`)
  return `${(summary.busy / 1000).toFixed(0)} ms busy: ${shares.join(', ')}`
}

export function summariseProfile(
  file: string,
  appDir: string,
  top = 12,
  depth = 5,
): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id)
  const mapper = new Mapper(appDir)
  const labels = new Map<number, { source: string; key: string }>()
  const label = (id: number) => {
    const known = labels.get(id)
    if (known) return known
    const frame = byId.get(id)?.callFrame
    const where = !frame
      ? { source: '?', name: '' }
      : frame.functionName.startsWith('(')
        ? { source: frame.functionName, name: '' }
        : frame.url
          ? mapper.locate(frame)
          : { source: '(native/V8)', name: frame.functionName }
    const made = {
      source: where.source,
      key: where.name ? `${where.source} ${where.name}` : where.source,
    }
    labels.set(id, made)
    return made
  }
  const bySource = new Map<string, number>()
  const byFunction = new Map<string, number>()
  /** App function → samples with it anywhere on the stack (its own and its callees' time). */
  const inclusive = new Map<string, number>()
  /** function → caller chain (up to `depth` frames) → time */
  const callers = new Map<string, Map<string, number>>()
  let busy = 0
  let total = 0
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0
    total += us
    const frame = byId.get(id)?.callFrame
    if (!frame || frame.functionName === '(idle)') return
    busy += us
    const own = label(id)
    bySource.set(own.source, (bySource.get(own.source) ?? 0) + us)
    byFunction.set(own.key, (byFunction.get(own.key) ?? 0) + us)
    const chain: string[] = []
    for (
      let up = parent.get(id);
      up !== undefined && chain.length < depth;
      up = parent.get(up)
    ) {
      const key = label(up).key
      if (key === '(root)') break
      if (chain[chain.length - 1] !== key) chain.push(key)
    }
    const onStack = new Set<string>()
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
      const { source, key } = label(up)
      if (source.startsWith('src/')) onStack.add(key)
    }
    for (const key of onStack) inclusive.set(key, (inclusive.get(key) ?? 0) + us)
    const paths = callers.get(own.key) ?? new Map<string, number>()
    const path = chain.join(' ← ') || '(top)'
    paths.set(path, (paths.get(path) ?? 0) + us)
    callers.set(own.key, paths)
  })
  lastBySource = { busy, bySource: sorted(bySource) }
  const lines = [
    `  ${(total / 1000).toFixed(0)} ms recorded, ${(busy / 1000).toFixed(0)} ms busy (self time):`,
  ]
  const row = (us: number, text: string) =>
    `    ${(us / 1000).toFixed(0).padStart(6)} ms ${((100 * us) / Math.max(busy, 1)).toFixed(1).padStart(5)} %  ${text}`
  lines.push('  by source:')
  for (const [key, us] of sorted(bySource).slice(0, top)) lines.push(row(us, key))
  lines.push('  by function (heaviest caller chain below each):')
  for (const [key, us] of sorted(byFunction).slice(0, top)) {
    lines.push(row(us, key))
    const [path, pathUs] = sorted(callers.get(key) ?? new Map<string, number>())[0] ?? []
    if (path && pathUs && !key.startsWith('('))
      lines.push(`              ${((100 * pathUs) / us).toFixed(0)} % via ${path}`)
  }
  lines.push('  app functions, with what they call (inclusive):')
  for (const [key, us] of sorted(inclusive).slice(0, top)) lines.push(row(us, key))
  return lines.join('\n')
}
