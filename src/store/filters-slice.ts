import type { StateCreator } from 'zustand'

import { DEFAULT_FILTERS, type Filters } from '@/domain/filters/filters'

import type { AppState } from './app-store'

export interface FiltersSlice {
  /** Replaced as a whole on every change, so selectors can compare by reference. */
  filters: Filters
  toggleIndustry: (id: string) => void
  resetFilters: () => void
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (
  set,
) => ({
  filters: DEFAULT_FILTERS,
  toggleIndustry: (id) =>
    set(({ filters }) => ({
      filters: {
        ...filters,
        industries: filters.industries.includes(id)
          ? filters.industries.filter((x) => x !== id)
          : [...filters.industries, id],
      },
    })),
  resetFilters: () => set({ filters: DEFAULT_FILTERS }),
})
