import { useTranslation } from 'react-i18next'

import { useAppStore } from '@/store/app-store'
import { selectActiveSceneIndex, selectScenes } from '@/store/scenes-slice'

import { leavePresenter, stepScene } from './presenter-session'

/** The presenter's steps on the slide: a discreet «3 / 5», back, on, and the way out. */
export function PresenterNav() {
  const { t } = useTranslation()
  const total = useAppStore((s) => selectScenes(s).length)
  const index = useAppStore(selectActiveSceneIndex)
  const n = index + 1
  return (
    <>
      {n > 0 && (
        <p className="presenter-progress" data-testid="presenter-progress">
          <span className="visually-hidden">{t('presenter.progress', { n, total })}</span>
          <span className="presenter-progress__count" aria-hidden="true">
            {n} / {total}
          </span>
        </p>
      )}
      <button
        type="button"
        className="button presenter-step"
        onClick={() => stepScene(-1)}
        disabled={index <= 0}
        aria-label={t('presenter.previous')}
        aria-keyshortcuts="ArrowLeft PageUp"
        data-testid="presenter-previous"
      >
        <span aria-hidden="true">←</span>
      </button>
      <button
        type="button"
        className="button presenter-step"
        onClick={() => stepScene(1)}
        disabled={total === 0 || index >= total - 1}
        aria-label={t('presenter.next')}
        aria-keyshortcuts="ArrowRight PageDown Space"
        data-testid="presenter-next"
      >
        <span aria-hidden="true">→</span>
      </button>
      <button
        type="button"
        className="button presenter-step"
        onClick={leavePresenter}
        aria-label={t('presenter.toggleOff')}
        aria-keyshortcuts="Escape"
        data-testid="presenter-exit"
      >
        <span aria-hidden="true">✕</span>
      </button>
    </>
  )
}
