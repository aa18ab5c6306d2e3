import type { Datasets } from '../schema/datasets'
import type { Enterprise, Park, Visit } from '../schema/records'

/**
 * An enterprise or a park: the records that have a place on the map. `index` is its position
 * among all places, so a filtered subset can be marked in a typed array instead of a set.
 */
export type Place =
  | { type: 'enterprise'; record: Enterprise; index: number }
  | { type: 'park'; record: Park; index: number }

/** Enterprises then parks, in file order. */
export function toPlaces(datasets: Pick<Datasets, 'enterprises' | 'parks'>): Place[] {
  const places: Place[] = []
  for (const record of datasets.enterprises)
    places.push({ type: 'enterprise', record, index: places.length })
  for (const record of datasets.parks)
    places.push({ type: 'park', record, index: places.length })
  return places
}

/**
 * The places visits name, resolved once per dataset, and which of them are shown: a filter
 * change then reads a mask instead of looking ids up.
 */
export interface VisitPlaces {
  /** The known places a visit names (sites visited, then participants), each once. */
  named(visit: Visit): readonly Place[]
  shown(place: Place): boolean
}

/** Resolves the places every visit names, among `places`. */
export function resolveVisitPlaces(
  visits: readonly Visit[],
  places: readonly Place[],
): Map<Visit, readonly Place[]> {
  const byId = new Map(places.map((place) => [place.record.id, place]))
  const resolved = new Map<Visit, readonly Place[]>()
  for (const visit of visits) {
    const named: Place[] = []
    for (const ids of [visit.sitesVisited, visit.organisations]) {
      for (const id of ids ?? []) {
        const place = byId.get(id)
        if (place && !named.includes(place)) named.push(place)
      }
    }
    resolved.set(visit, named)
  }
  return resolved
}

/** The places visits name, of which those marked in `mask` (all when absent) are shown. */
export function visitPlaces(
  resolved: ReadonlyMap<Visit, readonly Place[]>,
  mask?: Uint8Array,
): VisitPlaces {
  return {
    named: (visit) => resolved.get(visit) ?? [],
    shown: (place) => mask === undefined || mask[place.index] === 1,
  }
}

/**
 * `1` at the index of every place of `subset`, `0` elsewhere: membership in one array read,
 * built in one pass over the subset.
 */
export function placeMask(total: number, subset: readonly Place[]): Uint8Array {
  const mask = new Uint8Array(total)
  for (const place of subset) mask[place.index] = 1
  return mask
}

/** Builds an id → record map for quick look-ups. */
export function indexById<T extends { id: string }>(
  records: readonly T[],
): Map<string, T> {
  return new Map(records.map((r) => [r.id, r]))
}
