/** The chunks of the first screen's own panels: the map and the timeline strip. */
export const loadRegionMap = () => import('@/features/map/region-map')
export const loadTimelinePanel = () => import('@/features/timeline/timeline-panel')

/**
 * Starts fetching the map's and the timeline strip's chunks while the data loads. Left to
 * their first render, they were requested only once the data was in (the first render is a
 * transition, which every loading step restarts): half a second later on the bundled data.
 */
export function preloadFirstScreen(): void {
  void loadRegionMap()
  void loadTimelinePanel()
}
