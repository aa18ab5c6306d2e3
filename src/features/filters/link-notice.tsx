import { useTranslation } from 'react-i18next'

import { summariseProblems } from '@/domain/filters/filters-url'
import { useAppStore } from '@/store/app-store'

/**
 * Says which parts of the opening link were not understood and were left out: the first few,
 * and how many more, so a huge garbled link gives a short notice.
 */
export function LinkNotice() {
  const { t } = useTranslation()
  const problems = useAppStore((s) => s.linkProblems)
  const setLinkProblems = useAppStore((s) => s.setLinkProblems)
  if (problems.length === 0) return null
  const { list, more } = summariseProblems(problems)
  return (
    <div
      className="banner banner--warning link-notice"
      role="alert"
      data-testid="link-notice"
    >
      <span>
        {t('filters.linkProblems', {
          list:
            more > 0
              ? `${list}, ${t('filters.linkProblemsMore', { count: more })}`
              : list,
        })}
      </span>{' '}
      <button type="button" className="button" onClick={() => setLinkProblems([])}>
        {t('filters.dismiss')}
      </button>
    </div>
  )
}
