import type { NewsEvent, Visit } from '../schema/records'
import type { Place } from './places'

/**
 * What the headline tiles count, from the records that pass the filters (or from all records,
 * for the «из N» totals):
 *
 * - `enterprises`: enterprises.json records of kind `enterprise` in the home region;
 * - `otherOrganisations`: the other enterprises.json records — government bodies, associations,
 *   holdings, and enterprises of other regions;
 * - `parks`: parks.json records (parks, special economic zones, technoparks, clusters);
 * - `visits`: visits that start or end in the home region;
 * - `events`: events — the same number «Что нового» and the timeline show.
 */
export interface HeadlineCounts {
  enterprises: number
  otherOrganisations: number
  parks: number
  visits: number
  events: number
}

/** Counts `places`, `visits` and `events` by the rules of `HeadlineCounts`. */
export function headlineCounts(
  places: readonly Place[],
  visits: readonly Visit[],
  events: readonly NewsEvent[],
  homeRegion: string,
): HeadlineCounts {
  let enterprises = 0
  let otherOrganisations = 0
  let parks = 0
  for (const place of places) {
    if (place.type === 'park') parks++
    else if (isHomeEnterprise(place, homeRegion)) enterprises++
    else otherOrganisations++
  }
  let homeVisits = 0
  for (const visit of visits) if (touchesRegion(visit, homeRegion)) homeVisits++
  return {
    enterprises,
    otherOrganisations,
    parks,
    visits: homeVisits,
    events: events.length,
  }
}

/** An enterprises.json record of kind `enterprise` in the home region. */
function isHomeEnterprise(place: Place, homeRegion: string): boolean {
  return (
    place.type === 'enterprise' &&
    place.record.kind === 'enterprise' &&
    place.record.region === homeRegion
  )
}

/** A visit from or to the region. */
function touchesRegion(visit: Visit, region: string): boolean {
  return visit.fromRegion === region || visit.toRegion === region
}

/** What each place and visit counts towards, once per dataset: a filter change sums masks. */
export interface HeadlineColumns {
  /** Per `Place.index`: 0 a home-region enterprise, 1 another organisation, 2 a park. */
  place: Uint8Array
  /** Per visit: 1 when it starts or ends in the home region. */
  homeVisit: Uint8Array
  events: number
}

export function headlineColumns(
  places: readonly Place[],
  visits: readonly Visit[],
  events: readonly NewsEvent[],
  homeRegion: string,
): HeadlineColumns {
  const place = new Uint8Array(places.length)
  for (const p of places)
    place[p.index] = p.type === 'park' ? 2 : isHomeEnterprise(p, homeRegion) ? 0 : 1
  const homeVisit = new Uint8Array(visits.length)
  visits.forEach((visit, i) => {
    if (touchesRegion(visit, homeRegion)) homeVisit[i] = 1
  })
  return { place, homeVisit, events: events.length }
}

/**
 * `headlineCounts` of the records marked in the masks (`1` = passes; every record when a
 * mask is absent): one walk over numbers, no record read.
 */
export function countMasked(
  columns: HeadlineColumns,
  masks: { places?: Uint8Array; visits?: Uint8Array; events?: Uint8Array } = {},
): HeadlineCounts {
  const byClass = [0, 0, 0]
  columns.place.forEach((cls, i) => {
    if (!masks.places || masks.places[i] === 1) byClass[cls] = (byClass[cls] ?? 0) + 1
  })
  let visits = 0
  columns.homeVisit.forEach((home, i) => {
    if (home === 1 && (!masks.visits || masks.visits[i] === 1)) visits++
  })
  let events = columns.events
  if (masks.events) {
    events = 0
    for (const on of masks.events) events += on
  }
  return {
    enterprises: byClass[0] ?? 0,
    otherOrganisations: byClass[1] ?? 0,
    parks: byClass[2] ?? 0,
    visits,
    events,
  }
}
