import type { LocalizedText } from '../schema/common'
import type { Datasets } from '../schema/datasets'
import type { DatasetIssue } from './issues'

/** Where one record sits in its file, made only when an issue needs it. */
export type Locate = () => Pick<DatasetIssue, 'kind' | 'file' | 'index' | 'id'>

export interface ContentContext {
  /** Today, `YYYY-MM-DD`: dates more than a year after it are flagged. */
  today: string
  /** The manifest's home region, when the manifest loaded. */
  homeRegion?: string
}

/** Zero-width characters and direction overrides: invisible, and able to disguise a name. */
const HIDDEN = /[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/u

const EARLIEST_YEAR = 1700

function hiddenCharacter(text: string): string | null {
  const found = HIDDEN.exec(text)
  if (!found) return null
  const code = found[0].codePointAt(0) ?? 0
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}

function yearLater(today: string): string {
  const year = Number(today.slice(0, 4))
  return `${year + 1}${today.slice(4)}`
}

/**
 * Warnings about content that passes the schema but is most likely a mistake or a trick:
 * invisible or direction-override characters in names and titles, and dates before 1700 or
 * more than a year ahead. The records are still shown.
 */
export function contentIssues(
  records: Datasets,
  locate: (kind: keyof Datasets, i: number, id: string) => Locate,
  { today }: ContentContext,
): DatasetIssue[] {
  const issues: DatasetIssue[] = []
  const latest = yearLater(today)
  const text = (at: Locate, path: string, value: LocalizedText | undefined) => {
    for (const lang of ['ru', 'en'] as const) {
      const code = value?.[lang] === undefined ? null : hiddenCharacter(value[lang] ?? '')
      if (code === null) continue
      issues.push({
        ...at(),
        path: `${path}.${lang}`,
        code: 'hidden-character',
        severity: 'warning',
        message: `В тексте есть невидимый или меняющий направление письма знак ${code}: проверьте, что название не подменено`,
      })
    }
  }
  const date = (at: Locate, path: string, value: string | undefined) => {
    if (value === undefined) return
    const tooEarly = Number(value.slice(0, 4)) < EARLIEST_YEAR
    const tooLate = value.slice(0, 10) > latest
    if (!tooEarly && !tooLate) return
    issues.push({
      ...at(),
      path,
      code: 'implausible-date',
      severity: 'warning',
      message: tooEarly
        ? `Дата ${value} раньше ${EARLIEST_YEAR} года: вероятно, ошибка`
        : `Дата ${value} позже чем через год от сегодняшнего дня (${today}): вероятно, ошибка`,
    })
  }
  for (const kind of ['enterprises', 'parks'] as const) {
    records[kind].forEach((r, i) => {
      const at = locate(kind, i, r.id)
      text(at, 'name', r.name)
      text(at, 'shortName', r.shortName)
    })
  }
  for (const kind of ['visits', 'events'] as const) {
    records[kind].forEach((r, i) => {
      const at = locate(kind, i, r.id)
      text(at, 'title', r.title)
      date(at, 'date', r.date)
      if (kind === 'visits') date(at, 'endDate', records.visits[i]?.endDate)
    })
  }
  return issues
}

/**
 * The manifest's home region must be in regions.json, and be the one region marked `home`:
 * the tiles, the flows and the map's first view all hang on it.
 */
export function homeRegionIssues(
  records: Datasets,
  locate: (kind: keyof Datasets, i: number, id: string) => Locate,
  homeRegion: string,
  regionsFile: string,
): DatasetIssue[] {
  const issues: DatasetIssue[] = []
  const index = records.regions.findIndex((r) => r.id === homeRegion)
  if (index < 0) {
    issues.push({
      kind: 'regions',
      file: regionsFile,
      index: -1,
      path: '',
      code: 'home-region',
      severity: 'error',
      message: `Домашнего региона ${homeRegion} из manifest.json нет в ${regionsFile}`,
    })
  }
  records.regions.forEach((region, i) => {
    if (region.role === 'home' && region.id !== homeRegion)
      issues.push({
        ...locate('regions', i, region.id)(),
        path: 'role',
        code: 'home-region',
        severity: 'error',
        message: `Регион ${region.id} отмечен как домашний, а manifest.json называет домашним ${homeRegion}: домашний регион должен быть один`,
      })
    if (region.id === homeRegion && region.role !== 'home')
      issues.push({
        ...locate('regions', i, region.id)(),
        path: 'role',
        code: 'home-region',
        severity: 'warning',
        message: `Регион ${region.id} — домашний по manifest.json, но его роль «${region.role}»`,
      })
  })
  return issues
}
