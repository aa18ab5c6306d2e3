import type { Bilingual, ImportIssue } from '../import/messages'
import type { DatasetIssue, IssueSeverity } from './issues'

/** Issues of one file that share a field, a message and a severity, in file order. */
export interface IssueGroup<T> {
  /** Severity, field and message joined: unique within one file's groups. */
  key: string
  /** Dotted field path (dataset files) or column header (imported files); empty: the whole record. */
  field: string
  message: string
  severity: IssueSeverity
  issues: T[]
}

/**
 * Groups issues by severity, field and message, the largest group first (ties keep the order
 * of their first issue). Linear in the number of issues plus a sort of the groups.
 */
function groupBy<T>(
  issues: readonly T[],
  describe: (issue: T) => { field: string; message: string; severity: IssueSeverity },
): IssueGroup<T>[] {
  // Nested maps (severity, field, message): no key string is built per issue, only per group.
  const groups = new Map<IssueSeverity, Map<string, Map<string, IssueGroup<T>>>>()
  const order: IssueGroup<T>[] = []
  let last: IssueGroup<T> | undefined
  for (const issue of issues) {
    const { field, message, severity } = describe(issue)
    // A file's issues come in runs (one rule broken by record after record): no lookup then.
    if (last?.message === message && last.field === field && last.severity === severity) {
      last.issues.push(issue)
      continue
    }
    let byField = groups.get(severity)
    if (!byField) {
      byField = new Map()
      groups.set(severity, byField)
    }
    let byMessage = byField.get(field)
    if (!byMessage) {
      byMessage = new Map()
      byField.set(field, byMessage)
    }
    let group = byMessage.get(message)
    if (group) group.issues.push(issue)
    else {
      const created = {
        key: `${severity}\u0000${field}\u0000${message}`,
        field,
        message,
        severity,
        issues: [issue],
      }
      byMessage.set(message, created)
      order.push(created)
      group = created
    }
    last = group
  }
  // `order` is first appearance, and the sort is stable.
  return order.sort((a, b) => b.issues.length - a.issues.length)
}

const datasetGroups = new WeakMap<readonly DatasetIssue[], IssueGroup<DatasetIssue>[]>()

/** The groups of one dataset file's issues, computed once per issues array. */
export function groupIssues(issues: readonly DatasetIssue[]): IssueGroup<DatasetIssue>[] {
  let groups = datasetGroups.get(issues)
  if (!groups) {
    groups = groupBy(issues, (issue) => ({
      field: issue.path,
      message: issue.message,
      severity: issue.severity,
    }))
    datasetGroups.set(issues, groups)
  }
  return groups
}

const importGroups = new WeakMap<
  readonly ImportIssue[],
  Partial<Record<keyof Bilingual, IssueGroup<ImportIssue>[]>>
>()

/**
 * The groups of one imported file's issues in the interface language, by column header (empty
 * when no single column is to blame) and message; computed once per issues array and language.
 */
export function groupImportIssues(
  issues: readonly ImportIssue[],
  language: keyof Bilingual,
): IssueGroup<ImportIssue>[] {
  let byLanguage = importGroups.get(issues)
  if (!byLanguage) {
    byLanguage = {}
    importGroups.set(issues, byLanguage)
  }
  let groups = byLanguage[language]
  if (!groups) {
    groups = groupBy(issues, (issue) => ({
      field: issue.column ?? '',
      message: issue.message[language],
      severity: issue.severity,
    }))
    byLanguage[language] = groups
  }
  return groups
}
