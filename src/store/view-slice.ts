import type { StateCreator } from 'zustand'

import type { AppState } from './app-store'

export type Language = 'ru' | 'en'

export interface ViewSlice {
  language: Language
  selectedId: string | null
  setLanguage: (language: Language) => void
  select: (id: string | null) => void
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  language: 'ru',
  selectedId: null,
  setLanguage: (language) => set({ language }),
  select: (selectedId) => set({ selectedId }),
})
