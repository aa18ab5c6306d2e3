import type { Place } from '../derive/places'
import type { NewsEvent, Visit } from '../schema/records'
import { type DateSpan, dateSpan } from './date-range'
import { eventPlaceIds, visitPlaceIds } from './linked-places'
import { normaliseText } from './text'

/**
 * Looked up once per dataset: the regions that visits and events connect places with and the
 * date span of every visit and event, so each filter change is one pass with no re-derivation.
 * The search text is made on the first search, not on load: most views never search.
 */
export interface FilterIndex {
  /**
   * The enterprises and parks that visits and events name, by id: what a dimension narrowing
   * visits and events by their places, and «Что нового», look up. Only those: a map of all
   * 100,000 places of a large import cost tens of milliseconds in the task that draws it.
   */
  readonly places: Map<string, Place>
  /** Regions other than its own that visits and events connect a place with. */
  placeLinks: Map<string, readonly string[]>
  visitSpan: Map<string, DateSpan>
  eventSpan: Map<string, DateSpan>
  /** Lower-cased searchable text of every record, made once on the first call. */
  searchText: () => SearchText
}

interface SearchText {
  places: Map<string, string>
  visits: Map<string, string>
  events: Map<string, string>
}

export function buildFilterIndex(
  places: readonly Place[],
  visits: readonly Visit[],
  events: readonly NewsEvent[],
): FilterIndex {
  const placeLinks = new Map<string, string[]>()
  const link = (id: string, regions: readonly (string | undefined)[]) => {
    let linked = placeLinks.get(id)
    if (!linked) placeLinks.set(id, (linked = []))
    // A visit whose origin is not known links its places with its destination only.
    for (const region of regions)
      if (region !== undefined && !linked.includes(region)) linked.push(region)
  }
  for (const visit of visits)
    for (const id of visitPlaceIds(visit)) link(id, [visit.fromRegion, visit.toRegion])
  for (const event of events)
    for (const id of eventPlaceIds(event)) link(id, event.regions)
  const textOf = (t: { ru: string; en?: string }, extra?: { ru: string; en?: string }) =>
    normaliseText([t.ru, t.en, extra?.ru, extra?.en].filter(Boolean).join(' '))
  let text: SearchText | undefined
  let byId: Map<string, Place> | undefined
  return {
    get places() {
      if (!byId) {
        byId = new Map()
        for (const place of places)
          if (placeLinks.has(place.record.id)) byId.set(place.record.id, place)
      }
      return byId
    },
    placeLinks,
    visitSpan: new Map(
      visits.map((v) => [v.id, dateSpan(v.date, v.datePrecision, v.endDate)]),
    ),
    eventSpan: new Map(events.map((e) => [e.id, dateSpan(e.date, e.datePrecision)])),
    searchText: () =>
      (text ??= {
        places: new Map(
          places.map((p) => [p.record.id, textOf(p.record.name, p.record.shortName)]),
        ),
        visits: new Map(visits.map((v) => [v.id, textOf(v.title)])),
        events: new Map(events.map((e) => [e.id, textOf(e.title)])),
      }),
  }
}
