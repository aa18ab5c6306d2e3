import type { offlineRu } from '../parts/offline'

export const offlineEn: typeof offlineRu = {
  banner: 'No network — showing data from {{date}}',
  bannerNoDate: 'No network — showing saved data',
  update: 'New version available — update',
  updateTitle: 'Reload the page with the new version of Promkarta',
}
