import { readFileSync } from 'node:fs'

import { bundledRecords } from './bundled'

/**
 * The README's counting rules, written out again from the data files so browser tests check
 * the app against the rule rather than against the app's own code:
 *
 * - enterprises: enterprises.json records of kind `enterprise` in the home region; the other
 *   enterprises.json records are «other organisations»;
 * - parks: parks.json records; visits: those from or to the home region; events: all that pass;
 * - industries and municipalities narrow places by their own fields and visits and events
 *   through the organisations they link (at least one must pass); partner regions narrow
 *   visits and events by their regions and places through the visits and events linking them;
 *   kinds narrow places; the period narrows visits and events (a month counts when any of its
 *   days is in it, an on-or-before date is its stated day); relevance narrows events.
 */

export interface CountedPlace {
  id: string
  kind: string
  region: string
  industries: string[]
  municipality?: string
}
export interface CountedVisit {
  id: string
  date: string
  endDate?: string
  fromRegion?: string
  toRegion: string
  organisations?: string[]
  sitesVisited?: string[]
}
export interface CountedEvent {
  id: string
  date: string
  relevance: string
  regions: string[]
  entities?: string[]
}

export interface CountFilters {
  industries?: string[]
  municipalities?: string[]
  regions?: string[]
  kinds?: string[]
  from?: string | null
  to?: string | null
  relevance?: string[]
}

export interface CountData {
  home: string
  enterprises: CountedPlace[]
  parks: CountedPlace[]
  visits: CountedVisit[]
  events: CountedEvent[]
}

/** The bundled data folder. */
export function bundledData(): CountData {
  const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as {
    homeRegion: string
  }
  return {
    home: manifest.homeRegion,
    enterprises: bundledRecords<CountedPlace>('enterprises.json'),
    parks: bundledRecords<CountedPlace>('parks.json'),
    visits: bundledRecords<CountedVisit>('visits.json'),
    events: bundledRecords<CountedEvent>('events.json'),
  }
}

/** First and last day a date covers: a month spans its days, a day (or on-or-before) is one. */
function span(date: string, endDate?: string): [string, string] {
  const start = date.length === 7 ? `${date}-01` : date
  const end = endDate ?? (date.length === 7 ? `${date}-31` : date)
  return [start, end]
}

function inPeriod(date: string, endDate: string | undefined, f: CountFilters): boolean {
  const [start, end] = span(date, endDate)
  return (!f.from || end >= f.from) && (!f.to || start <= f.to)
}

const any = (list: string[] | undefined, test: (value: string) => boolean) =>
  !list || list.length === 0 || list.some(test)

export interface HeadlineFigures {
  enterprises: number
  otherOrganisations: number
  parks: number
  visits: number
  /** Every visit that passes, from or to the home region or not (the timeline's total). */
  allVisits: number
  events: number
}

/** What the tiles, «Что нового» and the timeline should show for `data` under `f`. */
export function expectedFigures(data: CountData, f: CountFilters): HeadlineFigures {
  const places = new Map<string, CountedPlace>()
  for (const p of [...data.enterprises, ...data.parks]) places.set(p.id, p)
  const placeOwn = (p: CountedPlace) =>
    any(f.industries, (i) => p.industries.includes(i)) &&
    any(f.municipalities, (m) => p.municipality === m)
  const throughPlaces = (ids: string[]) =>
    (!f.industries?.length && !f.municipalities?.length) ||
    (any(f.industries, (i) =>
      ids.some((id) => places.get(id)?.industries.includes(i) ?? false),
    ) &&
      any(f.municipalities, (m) => ids.some((id) => places.get(id)?.municipality === m)))
  const visitIds = (v: CountedVisit) => [
    ...(v.organisations ?? []),
    ...(v.sitesVisited ?? []),
  ]
  const eventIds = (e: CountedEvent) => e.entities ?? []

  // Regions each place is linked with by any visit or event (not only those that pass).
  const links = new Map<string, Set<string>>()
  const link = (id: string, regions: (string | undefined)[]) => {
    const set = links.get(id) ?? new Set<string>()
    for (const r of regions) if (r) set.add(r)
    links.set(id, set)
  }
  for (const v of data.visits)
    for (const id of visitIds(v)) link(id, [v.fromRegion, v.toRegion])
  for (const e of data.events) for (const id of eventIds(e)) link(id, e.regions)

  const placePasses = (p: CountedPlace) =>
    placeOwn(p) &&
    any(f.kinds, (k) => p.kind === k) &&
    any(f.regions, (r) => p.region === r || (links.get(p.id)?.has(r) ?? false))
  const visitPasses = (v: CountedVisit) =>
    inPeriod(v.date, v.endDate, f) &&
    any(f.regions, (r) => v.fromRegion === r || v.toRegion === r) &&
    throughPlaces(visitIds(v))
  const relevance = f.relevance ?? ['smolensk-industry']
  const eventPasses = (e: CountedEvent) =>
    inPeriod(e.date, undefined, f) &&
    (relevance.length === 0 || relevance.includes(e.relevance)) &&
    any(f.regions, (r) => e.regions.includes(r)) &&
    throughPlaces(eventIds(e))

  const enterprises = data.enterprises.filter(placePasses)
  const home = enterprises.filter(
    (e) => e.kind === 'enterprise' && e.region === data.home,
  )
  const visits = data.visits.filter(visitPasses)
  return {
    enterprises: home.length,
    otherOrganisations: enterprises.length - home.length,
    parks: data.parks.filter(placePasses).length,
    visits: visits.filter((v) => v.fromRegion === data.home || v.toRegion === data.home)
      .length,
    allVisits: visits.length,
    events: data.events.filter(eventPasses).length,
  }
}
