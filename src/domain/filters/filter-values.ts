import type { NarrowedKind, NarrowedRecords } from './dimension-kit'
import {
  ANY_DIMENSIONS,
  DIMENSIONS,
  DIMENSION_KEYS,
  type DimensionKey,
  FILTER_FIELDS,
  type FilterKey,
  type Filters,
} from './dimensions'
import type { FilterIndex } from './filter-index'

/** What the table of dimensions tells about filter values: defaults, sameness, record tests. */

/** True when the dimension's fields hold their defaults. */
function isDefault(filters: Partial<Filters>, dimension: DimensionKey): boolean {
  return Object.entries(ANY_DIMENSIONS[dimension].fields).every(([key, spec]) =>
    spec.same(filters[key as FilterKey], spec.default),
  )
}

/** True when the two filters show the same records (order of list values aside). */
export function sameFilters(a: Filters, b: Filters): boolean {
  return FILTER_FIELDS.every(({ key, spec }) => spec.same(a[key], b[key]))
}

/** True when any filter differs from the default. */
export function hasActiveFilters(filters: Filters): boolean {
  return DIMENSION_KEYS.some((dimension) => !isDefault(filters, dimension))
}

/** True when any dimension that narrows one of the kinds is away from its default. */
export function narrowsAny(filters: Filters, ...kinds: NarrowedKind[]): boolean {
  return DIMENSION_KEYS.some(
    (dimension) =>
      kinds.some((kind) => ANY_DIMENSIONS[dimension].narrows[kind] !== false) &&
      !isDefault(filters, dimension),
  )
}

/** The tests of the dimensions that narrow `kind` and are on, for one pass over the records. */
export function recordTests<K extends NarrowedKind>(
  kind: K,
  criteria: Partial<Filters>,
  index: FilterIndex,
): ((record: NarrowedRecords[K]) => boolean)[] {
  const tests: ((record: NarrowedRecords[K]) => boolean)[] = []
  for (const dimension of DIMENSION_KEYS) {
    const narrow = ANY_DIMENSIONS[dimension].narrows[kind]
    const test = narrow ? narrow(criteria, index) : null
    if (test) tests.push(test)
  }
  return tests
}

/** A fresh copy of the filters, lists copied, in table order. */
export function copyFilters(filters: Filters): Filters {
  return Object.fromEntries(
    FILTER_FIELDS.map(({ key }) => {
      const value = filters[key]
      return [key, Array.isArray(value) ? [...(value as unknown[])] : value]
    }),
  ) as Filters
}

/** The fields of `Filters` that narrow records of the given kinds, in table order. */
export function narrowingFields(...kinds: NarrowedKind[]): FilterKey[] {
  return FILTER_FIELDS.filter(({ dimension }) =>
    kinds.some((kind) => DIMENSIONS[dimension].narrows[kind] !== false),
  ).map(({ key }) => key)
}
