import type { Place, VisitPlaces } from '../derive/places'
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
export const MAX_POINTS = 1000

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
 * then by id, so the order never jumps between renders.
 */
function sortSeries(items: SeriesItem[]): SeriesItem[] {
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

/** Most links a cooperation diagram draws before smaller organisations merge. */
export const DEFAULT_FLOW_LIMIT = 150

export type FlowNodeKind = 'region' | 'place' | 'industry'

/** A column entry of the cooperation diagram. */
export interface FlowNode {
  /** The region, place or industry id it stands for; `REST_ID` for merged organisations. */
  id: string
  kind: FlowNodeKind
  name?: LocalizedText
  colour?: string
  /** Visits through the node. */
  value: number
}

/** A flow between two nodes (indices into `nodes`), `value` visits wide. */
export interface FlowLink {
  source: number
  target: number
  value: number
}

export interface CooperationFlows {
  nodes: FlowNode[]
  links: FlowLink[]
  /** Visits drawn: those with a partner region that name a home-region place. */
  visits: number
  /** Links there would be if no organisation were merged. */
  totalLinks: number
}

export interface FlowOptions {
  homeRegion?: string
  /** At most this many links (default 150) while regions and industries fit in it. */
  limit?: number
  /** Chosen industries: a place flows into the first of its industries that is chosen. */
  chosenIndustries?: readonly string[]
}

interface PlaceFlow {
  id: string
  place: Place
  industry: string
  /** Visits per partner region. */
  regions: Map<string, number>
  total: number
}

/**
 * Cooperation as a three-column flow: partner region → home-region organisation the visit
 * names (sites visited or participants) → that organisation's industry. Every link counts
 * visits, so each organisation's inflow equals its outflow. When there are more links than
 * `limit`, the organisations with the fewest visits merge into one `REST_ID` node, keeping
 * every region and industry and every total intact.
 */
export function cooperationLinks(
  visits: readonly Visit[],
  places: VisitPlaces,
  regions: readonly Region[],
  industries: readonly Industry[],
  options: FlowOptions = {},
): CooperationFlows {
  const home = options.homeRegion ?? DEFAULT_HOME_REGION
  const limit = options.limit ?? DEFAULT_FLOW_LIMIT
  const { flows, visits: counted } = placeFlows(visits, places, home, options)
  const totalLinks = flows.reduce((sum, f) => sum + f.regions.size + 1, 0)
  const kept = flows.slice(0, keptCount(flows, limit))
  const merged = flows.slice(kept.length)
  const restRegions = new Map<string, number>()
  const restIndustries = new Map<string, number>()
  for (const flow of merged) {
    for (const [region, n] of flow.regions) add(restRegions, region, n)
    add(restIndustries, flow.industry, flow.total)
  }
  const regionTotals = new Map<string, number>()
  const industryTotals = new Map<string, number>()
  for (const flow of flows) {
    for (const [region, n] of flow.regions) add(regionTotals, region, n)
    add(industryTotals, flow.industry, flow.total)
  }
  const regionNames = new Map(regions.map((r) => [r.id, r.name]))
  const vocabulary = new Map(industries.map((i) => [i.id, i]))
  const nodes: FlowNode[] = [
    ...sortSeries(
      [...regionTotals].map(([id, value]) => ({ id, name: regionNames.get(id), value })),
    ).map((item): FlowNode => ({ ...item, kind: 'region' })),
    ...kept.map((flow): FlowNode => ({
      id: flow.id,
      kind: 'place',
      name: flow.place.record.name,
      value: flow.total,
    })),
    ...(merged.length > 0 ? [restNode(sumOf(restIndustries))] : []),
    ...sortSeries(
      [...industryTotals].map(([id, value]) => ({
        id,
        name: vocabulary.get(id)?.label,
        colour: vocabulary.get(id)?.colour,
        value,
      })),
    ).map((item): FlowNode => ({ ...item, kind: 'industry' })),
  ]
  const index = new Map(nodes.map((node, i) => [`${node.kind}:${node.id}`, i]))
  const links: FlowLink[] = []
  const link = (from: string, to: string, value: number) => {
    const source = index.get(from)
    const target = index.get(to)
    if (source !== undefined && target !== undefined)
      links.push({ source, target, value })
  }
  for (const flow of kept) {
    for (const [region, n] of flow.regions)
      link(`region:${region}`, `place:${flow.id}`, n)
  }
  for (const [region, n] of restRegions) link(`region:${region}`, `place:${REST_ID}`, n)
  for (const flow of kept)
    link(`place:${flow.id}`, `industry:${flow.industry}`, flow.total)
  for (const [industry, n] of restIndustries)
    link(`place:${REST_ID}`, `industry:${industry}`, n)
  return { nodes, links, visits: counted, totalLinks }
}

/**
 * Visits per (home-region place, partner region), places with the most visits first. Looks
 * up only the places visits name, so its cost follows the visits, not the places.
 */
function placeFlows(
  visits: readonly Visit[],
  places: VisitPlaces,
  home: string,
  options: FlowOptions,
): { flows: PlaceFlow[]; visits: number } {
  const chosen = new Set(options.chosenIndustries ?? [])
  const byPlace = new Map<Place, PlaceFlow>()
  let counted = 0
  for (const visit of visits) {
    const partner = partnerRegion(visit, home)
    if (partner === null) continue
    const named = places
      .named(visit)
      .filter((place) => place.record.region === home && places.shown(place))
    if (named.length > 0) counted += 1
    for (const place of named) {
      const id = place.record.id
      const own = place.record.industries
      const flow = byPlace.get(place) ?? {
        id,
        place,
        industry: own.find((i) => chosen.has(i)) ?? own[0] ?? '',
        regions: new Map<string, number>(),
        total: 0,
      }
      add(flow.regions, partner, 1)
      flow.total += 1
      byPlace.set(place, flow)
    }
  }
  const flows = [...byPlace.values()].sort(
    (a, b) => b.total - a.total || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  return { flows, visits: counted }
}

/**
 * How many of the busiest places keep their own node: the most whose links, plus the links
 * of the merged rest (one per region and per industry it touches), fit in `limit`.
 */
function keptCount(flows: readonly PlaceFlow[], limit: number): number {
  const own = flows.reduce((sum, f) => sum + f.regions.size + 1, 0)
  if (own <= limit) return flows.length
  // restLinks[k]: links of the rest node when places k… are merged.
  const restLinks: number[] = new Array<number>(flows.length + 1).fill(0)
  const regions = new Set<string>()
  const industries = new Set<string>()
  for (let k = flows.length - 1; k >= 0; k -= 1) {
    const flow = flows[k]
    if (!flow) continue
    for (const region of flow.regions.keys()) regions.add(region)
    industries.add(flow.industry)
    restLinks[k] = regions.size + industries.size
  }
  let best = 0
  let keptLinks = 0
  for (let k = 0; k < flows.length; k += 1) {
    if (keptLinks + (restLinks[k] ?? 0) <= limit) best = k
    keptLinks += (flows[k]?.regions.size ?? 0) + 1
  }
  return best
}

function restNode(value: number): FlowNode {
  return { id: REST_ID, kind: 'place', value }
}

function add(map: Map<string, number>, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n)
}

function sumOf(map: ReadonlyMap<string, number>): number {
  let sum = 0
  for (const n of map.values()) sum += n
  return sum
}
