import type { Place } from '../derive/places'
import type {
  EnterpriseKind,
  NewsEvent,
  ParkKind,
  Relevance,
  Visit,
} from '../schema/records'
import { type DateSpan, dateSpan, spanInRange } from './date-range'
import { normaliseText } from './text'

export type RecordKind = EnterpriseKind | ParkKind

/**
 * What the user narrowed the view to. Empty lists mean "all". Industries, municipalities and
 * kinds narrow enterprises and parks; partner regions narrow visits, events and the places
 * they name; the period narrows visits and events; the search narrows everything by its title.
 */
export interface Filters {
  industries: readonly string[]
  municipalities: readonly string[]
  kinds: readonly RecordKind[]
  regions: readonly string[]
  /** Inclusive bounds, `YYYY-MM-DD`. */
  from: string | null
  to: string | null
  /** Which events are shown; the default is Smolensk industry news. */
  relevance: readonly Relevance[]
  q: string
}

export const DEFAULT_RELEVANCE: readonly Relevance[] = ['smolensk-industry']

export const DEFAULT_FILTERS: Filters = {
  industries: [],
  municipalities: [],
  kinds: [],
  regions: [],
  from: null,
  to: null,
  relevance: DEFAULT_RELEVANCE,
  q: '',
}

/** The filters that narrow enterprises and parks. */
export type PlaceCriteria = Pick<
  Filters,
  'industries' | 'municipalities' | 'kinds' | 'regions' | 'q'
>
/** The filters that narrow visits. */
export type VisitCriteria = Pick<Filters, 'from' | 'to' | 'regions' | 'q'>
/** The filters that narrow events. */
export type EventCriteria = Pick<Filters, 'relevance' | 'from' | 'to' | 'regions' | 'q'>

/** Which kinds of places are drawn and listed. */
export interface PlaceLayers {
  enterprises: boolean
  parks: boolean
}

/**
 * Looked up once per dataset: the regions that visits and events connect places with and the
 * date span of every visit and event, so each filter change is one pass with no re-derivation.
 * The search text is made on the first search, not on load: most views never search.
 */
export interface FilterIndex {
  /** Regions other than its own that visits and events connect a place with. */
  placeLinks: Map<string, readonly string[]>
  visitSpan: Map<string, DateSpan>
  eventSpan: Map<string, DateSpan>
  /** Lower-cased searchable text of every record, made once on the first call. */
  searchText: () => SearchText
}

export interface SearchText {
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
    for (const region of regions)
      if (region !== undefined && !linked.includes(region)) linked.push(region)
  }
  for (const visit of visits) {
    for (const id of visit.sitesVisited ?? [])
      link(id, [visit.fromRegion, visit.toRegion])
    for (const id of visit.organisations ?? [])
      link(id, [visit.fromRegion, visit.toRegion])
  }
  for (const event of events)
    for (const id of event.entities ?? []) link(id, event.regions)
  const textOf = (t: { ru: string; en?: string }, extra?: { ru: string; en?: string }) =>
    normaliseText([t.ru, t.en, extra?.ru, extra?.en].filter(Boolean).join(' '))
  let text: SearchText | undefined
  return {
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

/** Places of the shown kinds that pass the filters, in one pass. */
export function filterPlaces(
  places: readonly Place[],
  filters: PlaceCriteria,
  layers: PlaceLayers,
  index: FilterIndex,
): Place[] {
  const industries = new Set(filters.industries)
  const municipalities = new Set(filters.municipalities)
  const kinds = new Set<string>(filters.kinds)
  const regions = new Set(filters.regions)
  const q = normaliseText(filters.q)
  const text = q ? index.searchText().places : undefined
  return places.filter(({ type, record }) => {
    if (type === 'enterprise' ? !layers.enterprises : !layers.parks) return false
    if (industries.size > 0 && !record.industries.some((id) => industries.has(id)))
      return false
    if (municipalities.size > 0 && !municipalities.has(record.municipality ?? ''))
      return false
    if (kinds.size > 0 && !kinds.has(record.kind)) return false
    if (
      regions.size > 0 &&
      !regions.has(record.region) &&
      !intersects(index.placeLinks.get(record.id), regions)
    )
      return false
    if (text && !(text.get(record.id) ?? '').includes(q)) return false
    return true
  })
}

/** Visits in the period, with a chosen partner region at either end, matching the search. */
export function filterVisits(
  visits: readonly Visit[],
  filters: VisitCriteria,
  index: FilterIndex,
): Visit[] {
  const regions = new Set(filters.regions)
  const q = normaliseText(filters.q)
  const text = q ? index.searchText().visits : undefined
  return visits.filter((visit) => {
    const span = index.visitSpan.get(visit.id)
    if (span && !spanInRange(span, filters.from, filters.to)) return false
    if (
      regions.size > 0 &&
      !(visit.fromRegion !== undefined && regions.has(visit.fromRegion)) &&
      !regions.has(visit.toRegion)
    )
      return false
    if (text && !(text.get(visit.id) ?? '').includes(q)) return false
    return true
  })
}

/** Events of the chosen relevance in the period, naming a chosen region, matching the search. */
export function filterEvents(
  events: readonly NewsEvent[],
  filters: EventCriteria,
  index: FilterIndex,
): NewsEvent[] {
  const relevance = new Set(filters.relevance)
  const regions = new Set(filters.regions)
  const q = normaliseText(filters.q)
  const text = q ? index.searchText().events : undefined
  return events.filter((event) => {
    if (relevance.size > 0 && !relevance.has(event.relevance)) return false
    const span = index.eventSpan.get(event.id)
    if (span && !spanInRange(span, filters.from, filters.to)) return false
    if (regions.size > 0 && !event.regions.some((r) => regions.has(r))) return false
    if (text && !(text.get(event.id) ?? '').includes(q)) return false
    return true
  })
}

/** True when any filter differs from the default. */
export function hasActiveFilters(filters: Filters): boolean {
  return (
    filters.industries.length > 0 ||
    filters.municipalities.length > 0 ||
    filters.kinds.length > 0 ||
    filters.regions.length > 0 ||
    filters.from !== null ||
    filters.to !== null ||
    filters.q.trim() !== '' ||
    !sameSet(filters.relevance, DEFAULT_RELEVANCE)
  )
}

function intersects(a: readonly string[] | undefined, b: ReadonlySet<string>): boolean {
  return a !== undefined && a.some((value) => b.has(value))
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x))
}
