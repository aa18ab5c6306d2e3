import type { Filters } from '../filters/dimensions'
import { copyFilters, sameFilters } from '../filters/filter-values'
import type { Locale } from '@/shared/format/format'

import {
  type MapView,
  type PanelTab,
  type UrlState,
  encodeUrlState,
} from '../filters/filters-url'
import type { Scene, SceneState } from '../schema/scene'

/** The parts of the app's state that a scene captures and sets. */
export interface SceneSource {
  filters: Filters
  selectedId: string | null
  mapView: MapView | null
  tab: PanelTab
  timelineCursor: string | null
}

/** What applying a scene writes to the store; `mapView` is left alone when the scene has none. */
export interface ScenePatch {
  filters: Filters
  selectedId: string | null
  tab: PanelTab
  timelineCursor: string | null
  mapView: MapView | null
}

/** The current view as a scene's state (the language is the viewer's, so it is left out). */
export function sceneStateOf(source: SceneSource): SceneState {
  const { filters } = source
  return {
    filters: copyFilters(filters),
    select: source.selectedId,
    view: source.mapView ? { ...source.mapView } : null,
    tab: source.tab,
    timelineCursor: source.timelineCursor,
  }
}

/** The store values a scene sets; a fresh filters object, so every selector recomputes once. */
export function scenePatch(scene: Scene): ScenePatch {
  const { state } = scene
  return {
    filters: { ...state.filters },
    selectedId: state.select,
    tab: state.tab,
    timelineCursor: state.timelineCursor,
    mapView: state.view ? { ...state.view } : null,
  }
}

/** The scene as a shared link carries it, in the viewer's language (no timeline cursor). */
export function sceneUrlState(scene: Scene, lang: Locale): UrlState {
  const { state } = scene
  return {
    filters: state.filters,
    select: state.select,
    lang,
    view: state.view,
    tab: state.tab,
  }
}

/**
 * The address of a scene: the current page with the scene's query, keeping parameters that
 * are not part of the view (such as `data`).
 */
export function sceneHref(
  scene: Scene,
  lang: Locale,
  page: { origin: string; pathname: string; search: string },
): string {
  const search = encodeUrlState(
    sceneUrlState(scene, lang),
    new URLSearchParams(page.search),
  )
  return `${page.origin}${page.pathname}${search}`
}

/** True when the view shows the scene's filters, record and section (map and cursor aside). */
export function showsScene(scene: Scene, source: SceneSource): boolean {
  const { state } = scene
  return (
    state.select === source.selectedId &&
    state.tab === source.tab &&
    sameFilters(state.filters, source.filters)
  )
}
