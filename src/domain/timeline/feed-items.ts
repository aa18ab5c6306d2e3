import { dateSpan } from '../filters/date-range'
import type { DatePrecision } from '@/shared/format/format'

import type { LocalizedText } from '../schema/common'
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
  /** The visit or event itself. */
  source: Visit | NewsEvent
}

/**
 * Every visit and event as a feed line, newest first; equal dates keep a stable order by id.
 * Made once per dataset: a filter change then picks from it (`pickFeed`) instead of sorting.
 */
export function feedOrder(
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
      source: visit,
    })
  }
  for (const event of events) {
    items.push({
      id: event.id,
      record: 'event',
      kind: event.type,
      date: event.date,
      datePrecision: event.datePrecision,
      start: dateSpan(event.date, event.datePrecision).start,
      title: event.title,
      linked: event.entities ?? [],
      source: event,
    })
  }
  return items.sort((a, b) => compare(b.start, a.start) || compare(a.id, b.id))
}

/**
 * The lines of the given visits and events in feed order: the first `limit` and how many
 * there are in all. An event that only reports a listed visit is left out (the visit stands
 * for it). `visits` and `events` must be drawn from those `order` was made of.
 */
export function pickFeed(
  order: readonly FeedItem[],
  visits: readonly Visit[],
  events: readonly NewsEvent[],
  limit: number,
): { items: FeedItem[]; total: number } {
  const shown = new Set<Visit | NewsEvent>(visits)
  for (const event of withoutListedVisits(events, visits)) shown.add(event)
  const items: FeedItem[] = []
  let total = 0
  for (const item of order) {
    if (!shown.has(item.source)) continue
    total += 1
    if (items.length < limit) items.push(item)
  }
  return { items, total }
}

/** True when the item starts after the cursor (`YYYY-MM-DD`); nothing is after no cursor. */
export function isAfterCursor(item: FeedItem, cursor: string | null): boolean {
  return cursor !== null && item.start > cursor
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
