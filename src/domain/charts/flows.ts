import type { Place, VisitPlaces } from '../derive/places'
import type { LocalizedText } from '../schema/common'
import type { Visit } from '../schema/records'
import type { Industry, Region } from '../schema/reference'
import { DEFAULT_HOME_REGION, REST_ID, partnerRegion, sortSeries } from './series'

/** Most links a cooperation diagram draws before smaller organisations merge. */
const DEFAULT_FLOW_LIMIT = 150

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
