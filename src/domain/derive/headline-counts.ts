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
