import { type ReactNode, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { sceneHref } from '@/domain/scenes/scene-state'
import type { Scene } from '@/domain/schema/scene'
import { localized } from '@/shared/format/format'
import { Panel } from '@/shared/ui/panel'
import { useAppStore } from '@/store/app-store'
import { selectScenes } from '@/store/scenes-slice'

import { appRootOf, enterPresenter } from './presenter-session'
import { focusSceneAction } from './scene-focus'
import { SceneItem } from './scene-item'
import { SceneTextForm } from './scene-text-form'
import { ScenesFileControls } from './scenes-file-controls'
import type { ScenesNotice } from './scenes-notice'
import { copyText } from './share'
import { useReducedMotion } from '@/shared/ui/use-reduced-motion'
import './scenes-panel.css'

/**
 * «Сцены»: the dataset's scenes and the user's, in presentation order. Anyone can save the
 * current view as a scene, edit, reorder and delete their own, copy a scene's link, show it,
 * and move scenes between browsers as a JSON file.
 */
export function ScenesPanel() {
  const { t } = useTranslation()
  const locale = useAppStore((s) => s.language)
  const scenes = useAppStore(selectScenes)
  const bundled = useAppStore((s) => s.bundledScenes)
  const userScenes = useAppStore((s) => s.userScenes)
  const activeSceneId = useAppStore((s) => s.activeSceneId)
  const notStored = useAppStore((s) => s.scenesNotStored)
  const store = useAppStore.getState
  const reducedMotion = useReducedMotion()
  const [notice, setNotice] = useState<ScenesNotice | null>(null)
  const [linkFallback, setLinkFallback] = useState<{ id: string; href: string } | null>(
    null,
  )
  const undoRef = useRef<HTMLButtonElement>(null)
  const ownStart = scenes.length - userScenes.length
  const titleOf = (scene: Scene) => localized(scene.title, locale)

  function show(scene: Scene) {
    store().applyScene(scene)
    document
      .getElementById('main')
      ?.scrollIntoView?.({ block: 'start', behavior: reducedMotion ? 'auto' : 'smooth' })
  }
  async function copyLink(scene: Scene) {
    const href = sceneHref(scene, locale, window.location)
    if (await copyText(href)) {
      setLinkFallback(null)
      setNotice({
        kind: 'info',
        text: t('presenter.linkCopied', { title: titleOf(scene) }),
      })
    } else setLinkFallback({ id: scene.id, href })
  }
  function move(scene: Scene, delta: number) {
    store().moveScene(scene.id, delta)
    focusSceneAction(scene.id, delta < 0 ? 'up' : 'down', delta < 0 ? 'down' : 'up')
  }
  function remove(scene: Scene) {
    const removed = store().deleteScene(scene.id)
    if (!removed) return
    setNotice({
      kind: 'info',
      text: t('presenter.removed', { title: titleOf(scene) }),
      undo: removed,
    })
    setTimeout(() => undoRef.current?.focus(), 0)
  }
  function undo(removed: { scene: Scene; index: number }) {
    store().restoreScene(removed.scene, removed.index)
    setNotice(null)
    focusSceneAction(removed.scene.id, 'show')
  }

  return (
    <Panel
      panel="scenes"
      title={t('presenter.panelTitle')}
      testId="scenes"
      className="panel--scenes"
      actions={
        <button
          type="button"
          className="button"
          disabled={scenes.length === 0}
          onClick={(event) => enterPresenter(appRootOf(event.currentTarget), true)}
          data-testid="presenter-start"
        >
          {t('presenter.start')}
        </button>
      }
    >
      <p className="muted scenes-intro">{t('presenter.intro')}</p>
      {bundled.status === 'loading' && (
        <p className="muted" role="status">
          {t('presenter.bundledLoading')}
        </p>
      )}
      {bundled.status === 'error' && (
        <Problem
          lead={t('presenter.bundledFailed', { file: bundled.file })}
          details={bundled.details.length > 0 ? bundled.details : [bundled.message]}
        />
      )}
      {scenes.length === 0 ? (
        <p className="muted">{t('presenter.empty')}</p>
      ) : (
        <ol className="scenes-list" aria-label={t('presenter.listLabel')}>
          {scenes.map((scene, i) => (
            <SceneItem
              key={scene.id}
              scene={scene}
              n={i + 1}
              bundled={i < ownStart}
              active={scene.id === activeSceneId}
              canMoveUp={i > ownStart}
              canMoveDown={i >= ownStart && i < scenes.length - 1}
              locale={locale}
              linkFallback={linkFallback?.id === scene.id ? linkFallback.href : null}
              onShow={() => show(scene)}
              onLink={() => void copyLink(scene)}
              onRename={(text) => store().renameScene(scene.id, text)}
              onMove={(delta) => move(scene, delta)}
              onRemove={() => remove(scene)}
            />
          ))}
        </ol>
      )}
      <SceneTextForm
        heading={t('presenter.saveHeading')}
        submitLabel={t('presenter.save')}
        testId="scene-save"
        onSubmit={(text) => {
          const scene = store().saveScene(text)
          setNotice({
            kind: 'info',
            text: t('presenter.saved', { title: titleOf(scene) }),
          })
        }}
      />
      <ScenesFileControls scenes={scenes} onNotice={setNotice} />
      {notStored && (
        <p className="scenes-warning" role="alert">
          {t('presenter.notStored')}
        </p>
      )}
      <div className="scenes-notice" role="status" data-testid="scenes-status">
        {notice?.kind === 'info' && (
          <p>
            {notice.text}
            {notice.undo && (
              <>
                {' '}
                <button
                  ref={undoRef}
                  type="button"
                  className="button"
                  onClick={() => notice.undo && undo(notice.undo)}
                >
                  {t('presenter.undo')}
                </button>
              </>
            )}
          </p>
        )}
      </div>
      {notice?.kind === 'error' && (
        <Problem lead={notice.text} details={notice.details} />
      )}
    </Panel>
  )
}

/** A failure, said in full: what did not work, why, and every located problem. */
function Problem({ lead, details }: { lead: string; details: string[] }): ReactNode {
  return (
    <div className="scenes-error" role="alert" data-testid="scenes-error">
      <p>
        <strong>{lead}</strong> {details.length === 1 && details[0]}
      </p>
      {details.length > 1 && (
        <ul>
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
