import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { useAppStore } from '@/store/app-store'
import { selectScenes } from '@/store/scenes-slice'

import { keyTargetOf, presenterAction } from './presenter-keys'
import {
  appRootOf,
  enterPresenter,
  jumpToScene,
  leavePresenter,
  stepScene,
} from './presenter-session'
import './presenter.css'

/**
 * The header's presenter switch (also F5 or P) and the keys that step through the scenes. The
 * mode is in the store; the app root gets `.app--presenter` so the projector styles follow
 * it (the slide itself, with the stage and the steps, is `PresenterSlide` in src/app).
 */
export function PresenterControls() {
  const { t } = useTranslation()
  const presenterMode = useAppStore((s) => s.presenterMode)
  const panel = useAppStore(
    (s) => selectScenes(s).find((x) => x.id === s.activeSceneId)?.panel ?? 'map',
  )
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const root = useMemo(() => (anchor ? appRootOf(anchor) : null), [anchor])
  const toggleRef = useRef<HTMLButtonElement>(null)
  const wasPresenting = useRef(false)

  useEffect(
    function markRoot() {
      if (!root) return
      root.classList.toggle('app--presenter', presenterMode)
      if (presenterMode) root.setAttribute('data-presenter-panel', panel)
      else root.removeAttribute('data-presenter-panel')
      // Leaflet measures its box on window resizes only; panel sizes just changed.
      window.dispatchEvent(new Event('resize'))
    },
    [root, presenterMode, panel],
  )

  useEffect(
    function returnFocus() {
      // The stage held the focus; when it goes, the focus comes back to the switch.
      const active = document.activeElement
      if (
        wasPresenting.current &&
        !presenterMode &&
        (!active || active === document.body)
      )
        toggleRef.current?.focus()
      wasPresenting.current = presenterMode
    },
    [presenterMode],
  )

  useEffect(
    function listenToKeys() {
      function onKey(event: KeyboardEvent) {
        if (event.defaultPrevented || event.repeat) return
        const presenting = useAppStore.getState().presenterMode
        const action = presenterAction(event, presenting, keyTargetOf(event.target))
        if (!action) return
        event.preventDefault()
        // The map and the timeline have arrow keys of their own; a show's keys win.
        if (presenting) event.stopPropagation()
        if (action === 'enter') enterPresenter(root, false)
        else if (action === 'exit') leavePresenter()
        else if (action === 'next') stepScene(1)
        else if (action === 'previous') stepScene(-1)
        else if (action === 'first' || action === 'last') jumpToScene(action)
      }
      window.addEventListener('keydown', onKey, true)
      return () => window.removeEventListener('keydown', onKey, true)
    },
    [root],
  )

  useEffect(function followBrowserFullscreen() {
    // The browser left fullscreen itself (its own Esc, F11, a tab switch): so does the show.
    function onChange() {
      if (!document.fullscreenElement && useAppStore.getState().presenterMode)
        leavePresenter()
    }
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [])

  return (
    <div className="presenter-controls" ref={setAnchor}>
      <button
        ref={toggleRef}
        type="button"
        className="button"
        aria-keyshortcuts={presenterMode ? 'Escape' : 'P F5'}
        data-testid="presenter-toggle"
        onClick={() => (presenterMode ? leavePresenter() : enterPresenter(root, false))}
      >
        {presenterMode ? t('presenter.toggleOff') : t('presenter.toggle')}
      </button>
    </div>
  )
}
