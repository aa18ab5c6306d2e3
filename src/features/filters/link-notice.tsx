import { useTranslation } from 'react-i18next'

import { useAppStore } from '@/store/app-store'

/** Says which parts of the opening link were not understood and were left out. */
export function LinkNotice() {
  const { t } = useTranslation()
  const problems = useAppStore((s) => s.linkProblems)
  const setLinkProblems = useAppStore((s) => s.setLinkProblems)
  if (problems.length === 0) return null
  return (
    <div
      className="banner banner--warning link-notice"
      role="alert"
      data-testid="link-notice"
    >
      <span>
        {t('filters.linkProblems', {
          list: problems.map((p) => `${p.param}=${p.value}`).join(', '),
        })}
      </span>{' '}
      <button type="button" className="button" onClick={() => setLinkProblems([])}>
        {t('filters.dismiss')}
      </button>
    </div>
  )
}
