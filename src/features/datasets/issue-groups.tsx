import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { IssueGroup } from '@/domain/load/group-issues'

import './issue-groups.css'

/** Rows (and groups) drawn at a time: a million issues cost as much to draw as fifty. */
const ISSUE_PAGE = 50
/** A file with at most this many issues shows them all at once, every group open. */
const OPEN_ALL_UP_TO = 20

/**
 * One file's issues grouped by field and message, the largest group first, each with its
 * count; a group opens to its records, fifty at a time.
 */
export function IssueGroups<T>({
  groups,
  total,
  fieldLabel,
  renderIssue,
}: {
  groups: readonly IssueGroup<T>[]
  /** Issues in all the groups. */
  total: number
  fieldLabel: (field: string) => string
  renderIssue: (issue: T, index: number) => ReactNode
}) {
  const { t } = useTranslation()
  const [shownGroups, setShownGroups] = useState(ISSUE_PAGE)
  // Only what the user toggled is kept: a reloaded file's new groups follow the default.
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map())
  const openByDefault = total <= OPEN_ALL_UP_TO
  const shown = Math.min(shownGroups, groups.length)
  return (
    <>
      <ul className="quality-groups" aria-label={t('qualityGroups.groups')}>
        {groups.slice(0, shown).map((group) => {
          const open = toggled.get(group.key) ?? openByDefault
          return (
            <li
              key={group.key}
              className={`quality-group quality-issue--${group.severity}`}
              data-testid="data-issue-group"
            >
              <button
                type="button"
                className="quality-group__toggle"
                aria-expanded={open}
                onClick={() => setToggled((was) => new Map(was).set(group.key, !open))}
              >
                <span className="quality-group__field">{fieldLabel(group.field)}</span>
                {' · '}
                <span className="quality-issue__message">{group.message}</span>{' '}
                <span className="quality-issue__severity">
                  [
                  {group.severity === 'error' ? t('quality.error') : t('quality.warning')}
                  ]
                </span>{' '}
                <span
                  className="quality-group__count"
                  data-testid="data-issue-group-count"
                >
                  {t('qualityGroups.count', { count: group.issues.length })}
                </span>
              </button>
              {open && <GroupRows issues={group.issues} renderIssue={renderIssue} />}
            </li>
          )
        })}
      </ul>
      {groups.length > shown && (
        <Pager
          text={t('qualityGroups.groupsShownOf', { shown, total: groups.length })}
          more={t('qualityGroups.moreGroups', {
            count: Math.min(ISSUE_PAGE, groups.length - shown),
          })}
          onMore={() => setShownGroups(shown + ISSUE_PAGE)}
        />
      )}
    </>
  )
}

function GroupRows<T>({
  issues,
  renderIssue,
}: {
  issues: readonly T[]
  renderIssue: (issue: T, index: number) => ReactNode
}) {
  const { t } = useTranslation()
  const [limit, setLimit] = useState(ISSUE_PAGE)
  const shown = Math.min(limit, issues.length)
  return (
    <>
      <ol className="quality-issues">
        {issues.slice(0, shown).map((issue, i) => renderIssue(issue, i))}
      </ol>
      {issues.length > shown && (
        <Pager
          text={t('qualityGroups.shownOf', { shown, total: issues.length })}
          more={t('qualityGroups.more', {
            count: Math.min(ISSUE_PAGE, issues.length - shown),
          })}
          onMore={() => setLimit(shown + ISSUE_PAGE)}
        />
      )}
    </>
  )
}

function Pager({
  text,
  more,
  onMore,
}: {
  text: string
  more: string
  onMore: () => void
}) {
  return (
    <p className="quality-pager">
      <span data-testid="data-issues-shown">{text}</span>{' '}
      <button type="button" className="button" onClick={onMore}>
        {more}
      </button>
    </p>
  )
}
