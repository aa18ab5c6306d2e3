import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'

export interface Environment {
  date: string
  chromium: string
  cpu: string
  cores: number
  memoryGb: number
  node: string
  playwright: string
  gitSha: string
  /** Files under src/ (or elsewhere) differed from the commit when the app was built. */
  gitDirty: boolean
  /** The app was built from the working tree, or from the commit alone (`--ref`). */
  builtFrom: 'working tree' | 'commit'
  launchArgs: string[]
  viewport: { width: number; height: number }
}

function cpuModel(): string {
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8')
    const match = /^model name\s*:\s*(.+)$/m.exec(info)
    if (match?.[1]) return match[1].trim()
  } catch {
    // Not Linux: fall back to Node's view.
  }
  return cpus()[0]?.model ?? 'unknown'
}

export function gitState(root: string): { sha: string; dirty: boolean } {
  try {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    })
    const status = execFileSync(
      'git',
      ['status', '--porcelain', '--', 'src', 'index.html'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    )
    return { sha: sha.trim(), dirty: status.trim() !== '' }
  } catch {
    return { sha: 'unknown', dirty: false }
  }
}

/** `git` should be read when the app is built: others may commit while the benchmark runs. */
export function describeEnvironment(
  root: string,
  git: { sha: string; dirty: boolean; builtFrom?: 'working tree' | 'commit' },
  chromium: string,
  launchArgs: string[],
  viewport: { width: number; height: number },
): Environment {
  const playwright = (
    JSON.parse(
      readFileSync(`${root}/node_modules/playwright-core/package.json`, 'utf8'),
    ) as { version: string }
  ).version
  return {
    date: new Date().toISOString(),
    chromium,
    cpu: cpuModel(),
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    playwright,
    gitSha: git.sha,
    gitDirty: git.dirty,
    builtFrom: git.builtFrom ?? 'working tree',
    launchArgs,
    viewport,
  }
}
