import type { layoutRu } from '../parts/layout'

export const layoutEn: typeof layoutRu = {
  filtersButton: 'Filters',
  filtersButtonActive: 'Filters ({{count}})',
  filtersSheet: 'Filters',
  close: 'Close',
  detailsSheet: 'Record details',
  openFull: 'Open the full dashboard',
  embedLabel: 'Promkarta: embedded view',
}
