import { dateSpan } from '../filters/date-range'
import type { DatePrecision, LocalizedText } from '../schema/common'
import type { NewsEvent, Visit } from '../schema/records'
import type { TimelineKind } from './month-bins'
import { withoutListedVisits } from './visit-events'

/** One line of the timeline feed: a visit or an event, reduced to what the feed shows. */
export interface FeedItem {
  id: string
  record: 'visit' | 'event'
  kind: TimelineKind
  date: string
  datePrecision: DatePrecision
  /**
   * First day the record covers (`YYYY-MM-DD`); the feed is ordered by it and the map's
   * timeline cursor compares it, so the feed dims exactly what the map hides.
   */
  start: string
  title: LocalizedText
  /** Ids of the enterprises and parks it names (event `entities`, visit `sitesVisited`). */
  linked: readonly string[]
}

/**
 * Visits and events merged, newest first; equal dates keep a stable order by id. An event
 * that only reports a listed visit is left out (the visit stands for it).
 */
export function buildFeed(
  visits: readonly Visit[],
  events: readonly NewsEvent[],
): FeedItem[] {
  const items: FeedItem[] = []
  for (const visit of visits) {
    items.push({
      id: visit.id,
      record: 'visit',
      kind: 'visit',
      date: visit.date,
      datePrecision: visit.datePrecision,
      start: dateSpan(visit.date, visit.datePrecision).start,
      title: visit.title,
      linked: visit.sitesVisited ?? [],
    })
  }
  for (const event of withoutListedVisits(events, visits)) {
    items.push({
      id: event.id,
      record: 'event',
      kind: event.type,
      date: event.date,
      datePrecision: event.datePrecision,
      start: dateSpan(event.date, event.datePrecision).start,
      title: event.title,
      linked: event.entities ?? [],
    })
  }
  return items.sort((a, b) => compare(b.start, a.start) || compare(a.id, b.id))
}

/** True when the item starts after the cursor (`YYYY-MM-DD`); nothing is after no cursor. */
export function isAfterCursor(item: FeedItem, cursor: string | null): boolean {
  return cursor !== null && item.start > cursor
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
