import type { Datasets } from '../schema/datasets'
import type { Enterprise, Park } from '../schema/records'

/** An enterprise or a park: the records that have a place on the map. */
export type Place =
  { type: 'enterprise'; record: Enterprise } | { type: 'park'; record: Park }

/** Enterprises then parks, in file order. */
export function toPlaces(datasets: Pick<Datasets, 'enterprises' | 'parks'>): Place[] {
  return [
    ...datasets.enterprises.map((record): Place => ({ type: 'enterprise', record })),
    ...datasets.parks.map((record): Place => ({ type: 'park', record })),
  ]
}

/** Finds any record by id across the datasets that a user can select. */
export function findRecord(datasets: Datasets, id: string) {
  return (
    datasets.enterprises.find((r) => r.id === id) ??
    datasets.parks.find((r) => r.id === id) ??
    datasets.visits.find((r) => r.id === id) ??
    datasets.events.find((r) => r.id === id)
  )
}

/** Builds an id → record map for quick look-ups. */
export function indexById<T extends { id: string }>(
  records: readonly T[],
): Map<string, T> {
  return new Map(records.map((r) => [r.id, r]))
}
