/**
 * The fixed values of the data contract, without zod: the schemas (`./common`, `./records`,
 * `./datasets`) are built from them, and the code that only needs the values (the filter
 * table, the link, the timeline, the store) reads them here, so the first page load does not
 * carry the schemas and zod (they come with the data loader's chunk).
 */

/** The only dataset schema version this build understands. */
export const SCHEMA_VERSION = 1

/** Every dataset file the manifest lists, in load order. */
export const DATASET_KINDS = [
  'enterprises',
  'parks',
  'visits',
  'events',
  'regions',
  'municipalities',
  'industries',
  'sources',
] as const

export type DatasetKind = (typeof DATASET_KINDS)[number]

/** A stable record id: letters, digits, `.`, `_`, `-`; starts with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/

/** ISO 3166-2 subdivision code, e.g. `RU-SMO`, `BY-VI`. */
export const REGION_ID_PATTERN = /^[A-Z]{2}-[A-Z0-9]{1,3}$/

/** `YYYY-MM` or `YYYY-MM-DD` (whether the day exists is {@link isRealCalendarDate}). */
export const ISO_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/

/** True for `YYYY-MM` or `YYYY-MM-DD` naming a month or day that exists. */
export function isRealCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number)
  if (year === undefined || month === undefined) return false
  if (day === undefined) return true
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** A full day that exists, `YYYY-MM-DD`: what a period bound may be. */
export const isIsoDay = (value: string): boolean =>
  value.length === 10 && ISO_DATE_PATTERN.test(value) && isRealCalendarDate(value)

export const ENTERPRISE_KINDS = [
  'enterprise',
  'holding',
  'association',
  'government-body',
] as const

export const PARK_KINDS = ['industrial-park', 'sez', 'technopark', 'cluster'] as const

export const EVENT_TYPES = [
  'visit',
  'meeting',
  'round-table',
  'agreement',
  'funding',
  'production-launch',
  'award',
  'incident',
  'other',
] as const

/** How an event bears on Smolensk industry; the default view shows `smolensk-industry`. */
export const RELEVANCES = [
  'smolensk-industry',
  'neighbour-industry',
  'neighbour-other',
  'none',
] as const
