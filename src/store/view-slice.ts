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
  setLanguage: (language: Language) => void
  select: (id: string | null) => void
  toggleLayer: (layer: MapLayer) => void
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  language: 'ru',
  selectedId: null,
  layers: { enterprises: true, parks: true, visits: true, centres: true },
  setLanguage: (language) => set({ language }),
  select: (selectedId) => set({ selectedId }),
  toggleLayer: (layer) =>
    set(({ layers }) => ({ layers: { ...layers, [layer]: !layers[layer] } })),
})
