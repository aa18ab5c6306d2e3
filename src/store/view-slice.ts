import type { StateCreator } from 'zustand'

import type { PlaceLayers } from '@/domain/filters/filters'
import type { Locale } from '@/shared/format/format'
import type { MapView, PanelTab, UrlProblem } from '@/domain/filters/filters-url'

import type { AppState } from './app-store'

interface MapLayers extends PlaceLayers {
  visits: boolean
  centres: boolean
  /** Counts per municipality as proportional symbols at the municipal centres. */
  municipal: boolean
}

export type MapLayer = keyof MapLayers

/** `auto` follows the system's light or dark setting. */
export type ThemeChoice = 'light' | 'dark' | 'auto'

export interface ViewSlice {
  language: Locale
  selectedId: string | null
  layers: MapLayers
  /**
   * Timeline playback position (`YYYY-MM-DD`): visits and events after it are hidden on the
   * map while playing. `null` shows everything.
   */
  timelineCursor: string | null
  /** The map's centre and zoom, as a link carries it; `null` until the map reports one. */
  mapView: MapView | null
  tab: PanelTab
  /** Parts of the opening link that were not understood and were dropped. */
  linkProblems: UrlProblem[]
  theme: ThemeChoice
  setTheme: (theme: ThemeChoice) => void
  setMapView: (view: MapView) => void
  setTab: (tab: PanelTab) => void
  setLinkProblems: (problems: UrlProblem[]) => void
  setLanguage: (language: Locale) => void
  select: (id: string | null) => void
  toggleLayer: (layer: MapLayer) => void
  setTimelineCursor: (cursor: string | null) => void
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  language: 'ru',
  selectedId: null,
  layers: {
    enterprises: true,
    parks: true,
    visits: true,
    centres: true,
    municipal: false,
  },
  timelineCursor: null,
  mapView: null,
  tab: 'whatsnew',
  linkProblems: [],
  theme: 'auto',
  setTheme: (theme) => set({ theme }),
  setMapView: (mapView) => set({ mapView }),
  setTab: (tab) => set({ tab }),
  setLinkProblems: (linkProblems) => set({ linkProblems }),
  setLanguage: (language) => set({ language }),
  // Picking a record opens its card; clearing the choice leaves the tab as it is.
  select: (selectedId) =>
    set(selectedId ? { selectedId, tab: 'details' } : { selectedId }),
  setTimelineCursor: (timelineCursor) => set({ timelineCursor }),
  toggleLayer: (layer) =>
    set(({ layers }) => ({ layers: { ...layers, [layer]: !layers[layer] } })),
})
