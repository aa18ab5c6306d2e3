import { distanceKm } from '../geo/distance'
import type { Location } from '../schema/common'
import type { Municipality, Region } from '../schema/reference'
import type { Locate } from './content-checks'
import type { DatasetIssue } from './issues'

/** A position farther than this from its municipality's centre is taken as a mistake. */
const MUNICIPALITY_RADIUS_KM = 80
/** A position farther than this from its region's capital is taken as a mistake. */
const REGION_RADIUS_KM = 600

/** Municipalities and regions by id, whose centres positions are checked against. */
export interface Centres {
  municipalities: ReadonlyMap<string, Municipality>
  regions: ReadonlyMap<string, Region>
}

/**
 * The record, or a copy without its position when that position lies far from the municipality
 * (or, without one, the region) it claims; the issue is listed.
 */
export function withCheckedLocation<
  T extends { location: Location; municipality?: string; region: string },
>(record: T, at: Locate, centres: Centres, issues: DatasetIssue[]): T {
  const { lat, lon } = record.location
  if (lat === undefined || lon === undefined) return record
  const municipality = centres.municipalities.get(record.municipality ?? '')
  const region = centres.regions.get(record.region)
  let problem: string | undefined
  if (municipality) {
    const km = distanceKm(lat, lon, municipality.centre.lat, municipality.centre.lon)
    if (km > MUNICIPALITY_RADIUS_KM)
      problem = `Координаты в ${Math.round(km)} км от центра муниципального образования «${municipality.name.ru}»`
  } else if (region) {
    const km = distanceKm(lat, lon, region.capital.lat, region.capital.lon)
    if (km > REGION_RADIUS_KM)
      problem = `Координаты в ${Math.round(km)} км от столицы региона «${region.name.ru}»`
  }
  if (!problem) return record
  issues.push({
    ...at(),
    path: 'location',
    code: 'far-outside-region',
    severity: 'warning',
    message: `${problem}: положение не показано на карте`,
  })
  return { ...record, location: { precision: 'unknown', note: record.location.note } }
}
