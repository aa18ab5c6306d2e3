import { dateSpan } from '../filters/date-range'
import { eventPlaceIds, visitPlaceIds } from '../filters/linked-places'
import type { DatePrecision } from '@/shared/format/format'

import type { LocalizedText } from '../schema/common'
import type { NewsEvent, Visit } from '../schema/records'
import type { TimelineKind } from './month-bins'

/** One line of «Что нового»: a visit or an event, reduced to what the feed shows. */
export interface FeedItem {
  id: string
  record: 'visit' | 'event'
  kind: TimelineKind
  date: string
  datePrecision: DatePrecision
  /**
   * First day the record covers (`YYYY-MM-DD`); the list is ordered by it and the map's
   * timeline cursor compares it, so the list dims exactly what the map hides.
   */
  start: string
  title: LocalizedText
  /**
   * Ids of the enterprises and parks it links (event `entities`; visit `organisations` and
   * `sitesVisited`): the organisations industry and municipality filters look at.
   */
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
      linked: visitPlaceIds(visit),
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
      linked: eventPlaceIds(event),
      source: event,
    })
  }
  return items.sort((a, b) => compare(b.start, a.start) || compare(a.id, b.id))
}

/**
 * The lines of the given visits and events in feed order: the first `limit` and how many
 * there are in all. Every event is a line of its own — an event reporting a visit too — so
 * the list has as many event lines as the events tile counts. `visits` and `events` must be
 * drawn from those `order` was made of.
 */
export function pickFeed(
  order: readonly FeedItem[],
  visits: readonly Visit[],
  events: readonly NewsEvent[],
  limit: number,
): { items: FeedItem[]; total: number } {
  const shown = new Set<Visit | NewsEvent>(visits)
  for (const event of events) shown.add(event)
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
