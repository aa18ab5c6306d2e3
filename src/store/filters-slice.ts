import type { StateCreator } from 'zustand'

import type { ListFilterKey } from '@/domain/filters/dimensions'
import { DEFAULT_FILTERS, type Filters } from '@/domain/filters/filters'

import type { AppState } from './app-store'

type ListKey = ListFilterKey

export interface FiltersSlice {
  /** Replaced as a whole on every change, so selectors can compare by reference. */
  filters: Filters
  /** Adds the value to a list filter, or removes it if it is there (chips, legends, bars). */
  toggleFilterValue: <K extends ListKey>(key: K, value: Filters[K][number]) => void
  setFilter: <K extends keyof Filters>(key: K, value: Filters[K]) => void
  setPeriod: (from: string | null, to: string | null) => void
  /** Replaces all filters at once (from a link, a scene, back/forward). */
  applyFilters: (filters: Filters) => void
  resetFilters: () => void
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (
  set,
) => ({
  filters: DEFAULT_FILTERS,
  toggleFilterValue: (key, value) =>
    set(({ filters }) => {
      const list = filters[key] as readonly string[]
      const next = list.includes(value)
        ? list.filter((x) => x !== value)
        : [...list, value]
      return { filters: { ...filters, [key]: next } }
    }),
  setFilter: (key, value) =>
    set(({ filters }) => ({ filters: { ...filters, [key]: value } })),
  setPeriod: (from, to) => set(({ filters }) => ({ filters: { ...filters, from, to } })),
  applyFilters: (filters) => set({ filters }),
  resetFilters: () => set({ filters: DEFAULT_FILTERS }),
})
