import type { StateCreator } from 'zustand'

import type { PlaceLayers } from '@/domain/filters/filters'

import type { AppState } from './app-store'

export interface MapLayers extends PlaceLayers {
  visits: boolean
  centres: boolean
}

export type MapLayer = keyof MapLayers

export type Language = 'ru' | 'en'

export interface ViewSlice {
  language: Language
  selectedId: string | null
  layers: MapLayers
  /**
   * Timeline playback position (`YYYY-MM-DD`): visits and events after it are hidden on the
   * map while playing. `null` shows everything.
   */
  timelineCursor: string | null
  setLanguage: (language: Language) => void
  select: (id: string | null) => void
  toggleLayer: (layer: MapLayer) => void
  setTimelineCursor: (cursor: string | null) => void
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  language: 'ru',
  selectedId: null,
  layers: { enterprises: true, parks: true, visits: true, centres: true },
  timelineCursor: null,
  setLanguage: (language) => set({ language }),
  select: (selectedId) => set({ selectedId }),
  setTimelineCursor: (timelineCursor) => set({ timelineCursor }),
  toggleLayer: (layer) =>
    set(({ layers }) => ({ layers: { ...layers, [layer]: !layers[layer] } })),
})
