import { useAppStore } from '@/store/app-store'
import { selectActiveSceneIndex, selectScenes } from '@/store/scenes-slice'

import { exitFullscreen, requestFullscreen } from './fullscreen'

/** The dashboard root that goes fullscreen and carries `.app--presenter`. */
export function appRootOf(element: Element | null): HTMLElement | null {
  return (
    element?.closest<HTMLElement>('.app') ?? document.querySelector<HTMLElement>('.app')
  )
}

/**
 * Starts the presentation. Call it inside the click or key handler: fullscreen is asked for
 * first, while the gesture still counts. `fromStart` opens the first scene; otherwise the show
 * goes on from the scene on screen, or opens on the current view as a title slide.
 */
export function enterPresenter(root: Element | null, fromStart: boolean): void {
  requestFullscreen(root)
  const store = useAppStore.getState()
  const first = selectScenes(store)[0]
  if (fromStart && first) store.applyScene(first)
  else store.syncActiveScene()
  store.setPresenterMode(true)
}

/** Ends the presentation and fullscreen; the view stays as it is. */
export function leavePresenter(): void {
  useAppStore.getState().setPresenterMode(false)
  exitFullscreen()
}

/** Shows the scene `delta` steps away (from the title slide, the first); stops at the ends. */
export function stepScene(delta: number): void {
  const store = useAppStore.getState()
  const scenes = selectScenes(store)
  if (scenes.length === 0) return
  const at = selectActiveSceneIndex(store)
  if (at < 0 && delta < 0) return
  const next = at < 0 ? 0 : Math.min(Math.max(at + delta, 0), scenes.length - 1)
  const scene = scenes[next]
  if (scene && next !== at) store.applyScene(scene)
}

/** Shows the first or the last scene. */
export function jumpToScene(which: 'first' | 'last'): void {
  const store = useAppStore.getState()
  const scenes = selectScenes(store)
  const scene = which === 'first' ? scenes[0] : scenes[scenes.length - 1]
  if (scene && scene.id !== store.activeSceneId) store.applyScene(scene)
}
