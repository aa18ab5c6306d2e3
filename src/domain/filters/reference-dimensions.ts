import type { Place } from '../derive/places'
import type { NewsEvent, Visit } from '../schema/records'

import { referenceList } from './dimension-fields'
import { type Narrowing, anyOf, dimension } from './dimension-kit'
import type { FilterIndex, PlaceColumnField } from './filter-index'
import { eventPlaceIds, visitPlaceIds } from './linked-places'

/**
 * The dimensions whose values are ids of a reference file: industries, municipalities and
 * partner regions (entries of the table in `./dimensions`).
 *
 * One meaning everywhere: an industry or a municipality is a property of enterprises and parks,
 * and a visit or an event is narrowed through the organisations it links (`./linked-places`):
 * it stays when at least one of them passes; one that links none, or only organisations the
 * data does not have, is left out. A partner region is a property of visits and events, and
 * narrows a place through the visits and events that link it with the region.
 */

/** Narrows records through the places they link: one linked place passing `places` is enough. */
function throughLinkedPlaces<F, R extends Visit | NewsEvent>(
  places: Narrowing<F, Place>,
  linked: (record: R) => readonly string[],
): Narrowing<F, R> {
  return (value, index) => {
    const test = places(value, index)
    if (!test) return null
    // A place is tested once per filter change, however many records link it: 1 passes,
    // 2 fails, by `Place.index`. The linked places of a record are looked up once per dataset.
    const verdict = new Uint8Array(index.placeSlots)
    return (record) => {
      for (const place of index.linkedPlaces(record, linked)) {
        let known = verdict[place.index]
        if (!known) verdict[place.index] = known = test(place) ? 1 : 2
        if (known === 1) return true
      }
      return false
    }
  }
}

/**
 * A test of places by a set of ids of one field, read from the field's column (see
 * `PlaceColumn`); `slow` tests a place that is not in the index by its record.
 */
function placeHasAny(
  ids: readonly string[],
  index: FilterIndex,
  field: PlaceColumnField,
  slow: (set: ReadonlySet<string>, place: Place) => boolean,
): ((place: Place) => boolean) | null {
  if (ids.length === 0) return null
  const { bySlot, offsets, codes, code } = index.placeColumn(field)
  const chosen = new Uint8Array(code.size)
  for (const id of ids) {
    const c = code.get(id)
    if (c !== undefined) chosen[c] = 1
  }
  const set = new Set(ids)
  return (place) => {
    const slot = place.index
    if (bySlot[slot] !== place) return slow(set, place)
    const end = offsets[slot + 1] ?? 0
    for (let k = offsets[slot] ?? 0; k < end; k++)
      if (chosen[codes[k] ?? 0] === 1) return true
    return false
  }
}

const placeInIndustries: Narrowing<{ industries: readonly string[] }, Place> = (
  { industries },
  index,
) =>
  placeHasAny(industries, index, 'industries', (set, p) =>
    p.record.industries.some((id) => set.has(id)),
  )

export const industries = dimension<{ industries: readonly string[] }>()({
  ...referenceList('industries', 'industry', { kind: 'id' }, (r) => r.label),
  narrows: {
    enterprises: placeInIndustries,
    parks: placeInIndustries,
    visits: throughLinkedPlaces(placeInIndustries, visitPlaceIds),
    events: throughLinkedPlaces(placeInIndustries, eventPlaceIds),
  },
})

const placeInMunicipalities: Narrowing<{ municipalities: readonly string[] }, Place> = (
  { municipalities },
  index,
) =>
  placeHasAny(municipalities, index, 'municipality', (set, p) =>
    set.has(p.record.municipality ?? ''),
  )

export const municipalities = dimension<{ municipalities: readonly string[] }>()({
  ...referenceList('municipalities', 'municipality', { kind: 'id' }, (r) => r.name),
  narrows: {
    enterprises: placeInMunicipalities,
    parks: placeInMunicipalities,
    visits: throughLinkedPlaces(placeInMunicipalities, visitPlaceIds),
    events: throughLinkedPlaces(placeInMunicipalities, eventPlaceIds),
  },
})

/** A place is in a partner region, or visits and events connect it with one. */
const placeInRegions: Narrowing<{ regions: readonly string[] }, Place> = (
  { regions },
  index,
) =>
  anyOf<Place>(
    regions,
    (set, { record }) =>
      set.has(record.region) ||
      (index.placeLinks.get(record.id)?.some((r) => set.has(r)) ?? false),
  )

export const regions = dimension<{ regions: readonly string[] }>()({
  ...referenceList('regions', 'region', { kind: 'region-id' }, (r) => r.name),
  narrows: {
    enterprises: placeInRegions,
    parks: placeInRegions,
    visits: ({ regions }) =>
      anyOf<Visit>(
        regions,
        (set, v) =>
          (v.fromRegion !== undefined && set.has(v.fromRegion)) || set.has(v.toRegion),
      ),
    events: ({ regions }) =>
      anyOf<NewsEvent>(regions, (set, e) => e.regions.some((r) => set.has(r))),
  },
})

/**
 * The values of a reference dimension that a record has, for each kind the dimension
 * narrows: a record passes a list of values when it has one of them. This is the narrowing
 * above read the other way round, so the «Добавить фильтр» counts can index records by value
 * once per dataset (`./option-counts`); its tests check that the two agree. A visit's or an
 * event's values may be `linked`: those of the known enterprises and parks it links.
 */
export interface RecordValues {
  enterprises: Values<Place>
  parks: Values<Place>
  visits: LinkedOr<Visit>
  events: LinkedOr<NewsEvent>
}
/** Gives each value of a record to `add` (no list is made: this runs once per record). */
type Values<R> = (record: R, index: FilterIndex, add: (value: string) => void) => void
export type LinkedOr<R> = Values<R> | { linked: (record: R) => readonly string[] }

const industriesOf: Values<Place> = ({ record }, _, add) => {
  for (const id of record.industries) add(id)
}
const municipalityOf: Values<Place> = ({ record }, _, add) =>
  add(record.municipality ?? '')

/** Its own region and those visits and events connect it with. */
const placeRegions: Values<Place> = ({ record }, index, add) => {
  add(record.region)
  for (const region of index.placeLinks.get(record.id) ?? []) add(region)
}

export const RECORD_VALUES: Record<
  'industries' | 'municipalities' | 'regions',
  RecordValues
> = {
  industries: {
    enterprises: industriesOf,
    parks: industriesOf,
    visits: { linked: visitPlaceIds },
    events: { linked: eventPlaceIds },
  },
  municipalities: {
    enterprises: municipalityOf,
    parks: municipalityOf,
    visits: { linked: visitPlaceIds },
    events: { linked: eventPlaceIds },
  },
  regions: {
    enterprises: placeRegions,
    parks: placeRegions,
    visits: (v, _, add) => {
      if (v.fromRegion !== undefined) add(v.fromRegion)
      add(v.toRegion)
    },
    events: (e, _, add) => {
      for (const region of e.regions) add(region)
    },
  },
}
