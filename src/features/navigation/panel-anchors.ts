import type { PanelTab } from '@/domain/filters/filters-url'

/** Element ids of the panels the section tabs lead to. */
export const PANEL_ANCHOR: Record<PanelTab, string> = {
  charts: 'panel-charts',
  table: 'panel-table',
  quality: 'panel-quality',
}
