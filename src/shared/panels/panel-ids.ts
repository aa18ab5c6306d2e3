/**
 * Every panel of the dashboard, in reading order: the one list of panel ids. Navigation,
 * links, scenes, export and print name panels by these ids, and each panel on screen carries
 * its id (`data-panel`) and registers its element under it (see panel-registry.ts).
 */
export const PANEL_IDS = [
  'map',
  'details',
  'whatsnew',
  'timeline',
  'charts',
  'table',
  'quality',
  'scenes',
] as const

export type PanelId = (typeof PANEL_IDS)[number]

/** The element id of a panel: the `#…` an in-page link jumps to. */
export function panelAnchor(id: PanelId): string {
  return `panel-${id}`
}
