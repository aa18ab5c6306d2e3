import type { Place } from '../derive/places'
import type { LocalizedText } from '../schema/common'
import type { Visit } from '../schema/records'
import type { Industry, Municipality, Region } from '../schema/reference'

/** The region the dashboard is about, unless the manifest names another. */
export const DEFAULT_HOME_REGION = 'RU-SMO'

/**
 * Key of the bar or node that sums what did not fit. Record ids start with a letter or digit,
 * so it never clashes with one.
 */
export const REST_ID = '~rest'

/** Municipality key of places that name none; the municipality filter matches them by it. */
export const UNSPECIFIED_ID = ''

/** Charts stay readable and fast with at most this many points each. */
const MAX_POINTS = 1000

/** One bar: the filter value it stands for, its name from the data, and what it counts. */
export interface SeriesItem {
  id: string
  /** Absent for the rest, the «не указано» bucket and ids missing from the vocabulary. */
  name?: LocalizedText
  value: number
  colour?: string
}

/**
 * The partner end of a visit: the end that is not the home region; for a visit between two
 * other regions, the region the delegation came from. `null` for a visit within the home region
 * and for a visit to it whose origin is not known (`fromRegion` left out).
 */
export function partnerRegion(visit: Visit, homeRegion: string): string | null {
  if (visit.toRegion === homeRegion)
    return visit.fromRegion === homeRegion ? null : (visit.fromRegion ?? null)
  if (visit.fromRegion === homeRegion) return visit.toRegion
  return visit.fromRegion ?? visit.toRegion
}

/** Visits that have a partner region, i.e. what `visitsByRegion` counts. */
export function countPartnerVisits(visits: readonly Visit[], homeRegion: string): number {
  return visits.filter((visit) => partnerRegion(visit, homeRegion) !== null).length
}

/** Number of visits per partner region, largest first. */
export function visitsByRegion(
  visits: readonly Visit[],
  regions: readonly Region[],
  homeRegion: string,
): SeriesItem[] {
  const counts = new Map<string, number>()
  for (const visit of visits) {
    const partner = partnerRegion(visit, homeRegion)
    if (partner !== null) counts.set(partner, (counts.get(partner) ?? 0) + 1)
  }
  const names = new Map(regions.map((r) => [r.id, r.name]))
  return sortSeries(
    [...counts].map(([id, value]) => ({ id, name: names.get(id), value })),
  )
}

/** Enterprises and parks per industry, largest first; a place with several counts in each. */
export function placesByIndustry(
  places: readonly Place[],
  industries: readonly Industry[],
): SeriesItem[] {
  const counts = new Map<string, number>()
  for (const { record } of places) {
    const ids = record.industries
    // A repeated industry counts once; no Set per place (100,000 of them at the scale).
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as string
      if (ids.indexOf(id) === i) counts.set(id, (counts.get(id) ?? 0) + 1)
    }
  }
  const vocabulary = new Map(industries.map((i) => [i.id, i]))
  return sortSeries(
    [...counts].map(([id, value]) => {
      const industry = vocabulary.get(id)
      return { id, name: industry?.label, value, colour: industry?.colour }
    }),
  )
}

/** Enterprises and parks per municipality, largest first; those naming none under `''`. */
export function placesByMunicipality(
  places: readonly Place[],
  municipalities: readonly Municipality[],
): SeriesItem[] {
  const counts = new Map<string, number>()
  for (const { record } of places) {
    const id = record.municipality ?? UNSPECIFIED_ID
    counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  const names = new Map(municipalities.map((m) => [m.id, m.name]))
  return sortSeries(
    [...counts].map(([id, value]) => ({ id, name: names.get(id), value })),
  )
}

/**
 * The first `limit - 1` items, any item in `keep` (so a chosen value never hides in the tail),
 * and one `REST_ID` item summing the others, so a long tail reads as one bar. Expects items
 * sorted largest first.
 */
export function topWithRest(
  items: readonly SeriesItem[],
  limit: number = MAX_POINTS,
  keep: ReadonlySet<string> = new Set(),
): SeriesItem[] {
  if (items.length <= limit) return [...items]
  const shown: SeriesItem[] = []
  let rest = 0
  let merged = 0
  for (const item of items) {
    if (shown.length < limit - 1 || keep.has(item.id)) shown.push(item)
    else {
      rest += item.value
      merged += 1
    }
  }
  return merged > 0 ? [...shown, { id: REST_ID, value: rest }] : shown
}

/** Made once: creating a collator costs more than sorting a chart's series. */
let collator: Intl.Collator | undefined

/**
 * Largest first; ties by Russian name with unnamed buckets («не указано», unknown ids) last,
 * then by id, so the order never jumps between renders. Sorts in place.
 */
export function sortSeries(items: SeriesItem[]): SeriesItem[] {
  collator ??= new Intl.Collator('ru', { sensitivity: 'base', numeric: true })
  const { compare } = collator
  return items.sort(
    (a, b) =>
      b.value - a.value ||
      Number(!a.name) - Number(!b.name) ||
      compare(a.name?.ru ?? a.id, b.name?.ru ?? b.id) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}
