import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

import { localized } from '@/shared/format/format'
import { useAppStore } from '@/store/app-store'
import { selectActiveSceneIndex, selectScenes } from '@/store/scenes-slice'

/**
 * The projector's headline: the scene's title and one-line caption, large, under a thin
 * progress bar. Before the first scene it shows the dataset's title and how to go on.
 */
export function PresenterStage() {
  const { t } = useTranslation()
  const locale = useAppStore((s) => s.language)
  const scenes = useAppStore(selectScenes)
  const index = useAppStore(selectActiveSceneIndex)
  const manifest = useAppStore((s) => s.manifest)
  const stageRef = useRef<HTMLElement>(null)
  const scene = scenes[index]

  useEffect(function takeFocus() {
    // Keys go to the show, not to the button that started it (Space would press it again).
    stageRef.current?.focus({ preventScroll: true })
  }, [])

  const title = scene
    ? localized(scene.title, locale)
    : manifest.status === 'ready'
      ? localized(manifest.manifest.title, locale)
      : t('presenter.stage')
  const caption = scene
    ? localized(scene.caption, locale)
    : scenes.length > 0
      ? t('presenter.startHint')
      : t('presenter.noScenes')
  const share = scenes.length > 0 ? (Math.max(index + 1, 0) / scenes.length) * 100 : 0
  return (
    <section
      ref={stageRef}
      className="presenter-stage"
      aria-label={t('presenter.stage')}
      tabIndex={-1}
      data-testid="presenter-stage"
    >
      <div className="presenter-stage__bar" aria-hidden="true">
        <span style={{ width: `${share}%` }} />
      </div>
      <div className="presenter-stage__live" aria-live="polite" aria-atomic="true">
        <div key={scene?.id ?? 'start'} className="presenter-stage__text">
          <h2 className="presenter-stage__title" data-testid="presenter-title">
            {title}
          </h2>
          {caption !== title && (
            <p className="presenter-stage__caption" data-testid="presenter-caption">
              {caption}
            </p>
          )}
        </div>
      </div>
    </section>
  )
}
