import { create } from 'zustand'

import { type DatasetsSlice, createDatasetsSlice } from './datasets-slice'
import { type FiltersSlice, createFiltersSlice } from './filters-slice'
import { type ImportSlice, createImportSlice } from './import-slice'
import { type ScenesSlice, createScenesSlice } from './scenes-slice'
import { type ViewSlice, createViewSlice } from './view-slice'

export type AppState = DatasetsSlice &
  FiltersSlice &
  ViewSlice &
  ScenesSlice &
  ImportSlice

/** The one store of the app, made of slices; derived data lives in `selectors.ts`. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createDatasetsSlice(...a),
  ...createFiltersSlice(...a),
  ...createViewSlice(...a),
  ...createScenesSlice(...a),
  ...createImportSlice(...a),
}))
