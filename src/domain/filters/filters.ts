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

/** Which kinds of places are drawn and listed. */
export interface PlaceLayers {
  enterprises: boolean
  parks: boolean
}

/**
 * Looked up once per dataset: every place's searchable text and the regions that visits and
 * events connect it with, so each filter change is one pass with no re-derivation.
 */
export interface FilterIndex {
  placeText: Map<string, string>
  placeRegions: Map<string, ReadonlySet<string>>
  visitText: Map<string, string>
  eventText: Map<string, string>
  visitSpan: Map<string, DateSpan>
  eventSpan: Map<string, DateSpan>
}

export function buildFilterIndex(
  places: readonly Place[],
  visits: readonly Visit[],
  events: readonly NewsEvent[],
): FilterIndex {
  const placeRegions = new Map<string, Set<string>>()
  const link = (id: string, regions: readonly string[]) => {
    const set = placeRegions.get(id) ?? new Set<string>()
    for (const region of regions) set.add(region)
    placeRegions.set(id, set)
  }
  for (const place of places) link(place.record.id, [place.record.region])
  for (const visit of visits) {
    for (const id of [...(visit.sitesVisited ?? []), ...(visit.organisations ?? [])]) {
      link(id, [visit.fromRegion, visit.toRegion])
    }
  }
  for (const event of events)
    for (const id of event.entities ?? []) link(id, event.regions)
  const textOf = (t: { ru: string; en?: string }, extra?: { ru: string; en?: string }) =>
    normaliseText([t.ru, t.en, extra?.ru, extra?.en].filter(Boolean).join(' '))
  return {
    placeText: new Map(
      places.map((p) => [p.record.id, textOf(p.record.name, p.record.shortName)]),
    ),
    placeRegions,
    visitText: new Map(visits.map((v) => [v.id, textOf(v.title)])),
    eventText: new Map(events.map((e) => [e.id, textOf(e.title)])),
    visitSpan: new Map(
      visits.map((v) => [v.id, dateSpan(v.date, v.datePrecision, v.endDate)]),
    ),
    eventSpan: new Map(events.map((e) => [e.id, dateSpan(e.date, e.datePrecision)])),
  }
}

/** Places of the shown kinds that pass the filters, in one pass. */
export function filterPlaces(
  places: readonly Place[],
  filters: Filters,
  layers: PlaceLayers,
  index: FilterIndex,
): Place[] {
  const industries = new Set(filters.industries)
  const municipalities = new Set(filters.municipalities)
  const kinds = new Set<string>(filters.kinds)
  const regions = new Set(filters.regions)
  const q = normaliseText(filters.q)
  return places.filter(({ type, record }) => {
    if (type === 'enterprise' ? !layers.enterprises : !layers.parks) return false
    if (industries.size > 0 && !record.industries.some((id) => industries.has(id)))
      return false
    if (municipalities.size > 0 && !municipalities.has(record.municipality ?? ''))
      return false
    if (kinds.size > 0 && !kinds.has(record.kind)) return false
    if (regions.size > 0 && !intersects(index.placeRegions.get(record.id), regions))
      return false
    if (q && !(index.placeText.get(record.id) ?? '').includes(q)) return false
    return true
  })
}

/** Visits in the period, with a chosen partner region at either end, matching the search. */
export function filterVisits(
  visits: readonly Visit[],
  filters: Filters,
  index: FilterIndex,
): Visit[] {
  const regions = new Set(filters.regions)
  const q = normaliseText(filters.q)
  return visits.filter((visit) => {
    const span = index.visitSpan.get(visit.id)
    if (span && !spanInRange(span, filters.from, filters.to)) return false
    if (
      regions.size > 0 &&
      !regions.has(visit.fromRegion) &&
      !regions.has(visit.toRegion)
    )
      return false
    if (q && !(index.visitText.get(visit.id) ?? '').includes(q)) return false
    return true
  })
}

/** Events of the chosen relevance in the period, naming a chosen region, matching the search. */
export function filterEvents(
  events: readonly NewsEvent[],
  filters: Filters,
  index: FilterIndex,
): NewsEvent[] {
  const relevance = new Set(filters.relevance)
  const regions = new Set(filters.regions)
  const q = normaliseText(filters.q)
  return events.filter((event) => {
    if (relevance.size > 0 && !relevance.has(event.relevance)) return false
    const span = index.eventSpan.get(event.id)
    if (span && !spanInRange(span, filters.from, filters.to)) return false
    if (regions.size > 0 && !event.regions.some((r) => regions.has(r))) return false
    if (q && !(index.eventText.get(event.id) ?? '').includes(q)) return false
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

function intersects(a: ReadonlySet<string> | undefined, b: ReadonlySet<string>): boolean {
  if (!a) return false
  for (const value of a) if (b.has(value)) return true
  return false
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x))
}
