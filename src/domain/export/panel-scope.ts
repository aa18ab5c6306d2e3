import { NARROWED_KINDS, type NarrowedKind } from '../filters/dimension-kit'
import type { PanelId } from '@/shared/panels/panel-ids'

/** What an exported image shows: the whole dashboard or one panel. */
export type ExportView = PanelId | 'dashboard'

/** The records a view shows, so its stamp lists the filters that narrowed them. */
export interface ExportScope {
  /** The kinds of record the view draws; a filter that narrows none of them is not listed. */
  kinds: readonly NarrowedKind[]
  /** The map shows what the timeline cursor has reached: the stamp says so. */
  cursor: boolean
  /** Places on the map's layers and visits up to the cursor, rather than all that pass. */
  onMap?: boolean
}

const PLACES: readonly NarrowedKind[] = ['enterprises', 'parks']
const DATED: readonly NarrowedKind[] = ['visits', 'events']

/**
 * Which records each view shows. The map draws enterprises, parks and visit flows; the charts
 * count enterprises and parks (industries, municipalities) and visits (partner regions,
 * flows); the table lists enterprises and parks; the timeline and «Что нового» show visits
 * and events; the details card, the data quality list and the scenes are not filtered.
 */
export const EXPORT_SCOPES: Record<ExportView, ExportScope> = {
  dashboard: { kinds: NARROWED_KINDS, cursor: true },
  map: { kinds: [...PLACES, 'visits'], cursor: true, onMap: true },
  details: { kinds: [], cursor: false },
  whatsnew: { kinds: DATED, cursor: true },
  timeline: { kinds: DATED, cursor: true },
  charts: { kinds: [...PLACES, 'visits'], cursor: false },
  table: { kinds: PLACES, cursor: false },
  quality: { kinds: [], cursor: false },
  scenes: { kinds: [], cursor: false },
}
