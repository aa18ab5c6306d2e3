import { type Place, type VisitPlaces, resolveVisitPlaces } from '@/domain/derive/places'
import type { Visit } from '@/domain/schema/records'
import type { Industry, Region } from '@/domain/schema/reference'

/* Records for the chart series and flows tests. */

/** The home region of the chart tests. */
export const HOME = 'RU-SMO'

/** A visit from `fromRegion` to `toRegion` naming `sites` and `orgs`. */
export function visit(
  id: string,
  fromRegion: string,
  toRegion: string,
  named: { sites?: string[]; orgs?: string[] } = {},
): Visit {
  return {
    id,
    title: { ru: id },
    date: '2025-01-01',
    datePrecision: 'day',
    fromRegion,
    toRegion,
    sitesVisited: named.sites,
    organisations: named.orgs,
    origin: 'seed',
    confidence: { record: 'high' },
    sources: ['s'],
  }
}

let placesMade = 0

/** The places visits name among `places`, all shown. */
export function among(places: readonly Place[]): VisitPlaces {
  return {
    named: (visit) => resolveVisitPlaces([visit], places).get(visit) ?? [],
    shown: () => true,
  }
}

/** An enterprise in `region` (the home region unless given), with unknown location. */
export function place(
  id: string,
  industries: string[],
  municipality?: string,
  region = HOME,
): Place {
  return {
    type: 'enterprise',
    index: placesMade++,
    record: {
      id,
      kind: 'enterprise',
      name: { ru: `Завод ${id}` },
      industries,
      region,
      municipality,
      location: { precision: 'unknown' },
      origin: 'seed',
      confidence: { record: 'high' },
      sources: ['s'],
    },
  }
}

function region(id: string, name: string): Region {
  return {
    id,
    name: { ru: name },
    country: 'RU',
    role: 'partner',
    capital: { name: { ru: 'Столица' }, lat: 55, lon: 37, precision: 'settlement' },
    sources: ['s'],
  }
}

export const regions = [
  region('RU-SMO', 'Смоленская область'),
  region('RU-CHE', 'Челябинская область'),
  region('RU-MOS', 'Московская область'),
  region('RU-BRY', 'Брянская область'),
]

export const industries: Industry[] = [
  { id: 'energy', label: { ru: 'Энергетика', en: 'Energy' }, colour: '#a0520c' },
  { id: 'aero', label: { ru: 'Авиация' }, colour: '#1f5fa8' },
]
