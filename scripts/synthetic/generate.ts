/**
 * A seeded synthetic dataset for performance tests: the same options and seed give
 * byte-identical output. Every record is marked as synthetic (names, descriptions, the
 * manifest flag and title, the only source), so it can never pass for real data.
 *
 * Pure: no file system access. `scripts/gen-synthetic.ts` writes the result to disk.
 */
import { SCHEMA_VERSION, type DatasetKind } from '../../src/domain/schema/values'
import type {
  Confidence,
  LocalizedText,
  Location,
  LocationPrecision,
} from '../../src/domain/schema/common'
import type { DatePrecision } from '../../src/shared/format/format'
import type { Manifest } from '../../src/domain/schema/manifest'
import {
  type Enterprise,
  type EnterpriseKind,
  type EventType,
  type NewsEvent,
  type Park,
  type ParkKind,
  type Relevance,
  type Visit,
  eventTypeSchema,
} from '../../src/domain/schema/records'
import type {
  Industry,
  Municipality,
  Region,
  Source,
} from '../../src/domain/schema/reference'

export interface SyntheticOptions {
  enterprises: number
  events: number
  visits: number
  /** Default {@link DEFAULT_PARKS}. */
  parks?: number
  /** Default {@link DEFAULT_SEED}. */
  seed?: number
}

/** The real reference lists the synthetic records point into. */
export interface SyntheticReference {
  municipalities: readonly Municipality[]
  regions: readonly Region[]
  industries: readonly Industry[]
}

export interface SyntheticDataset {
  manifest: Manifest
  /** File path inside the data folder → JSON content; includes `manifest.json`. */
  files: Record<string, unknown>
}

export const DEFAULT_PARKS = 50
export const DEFAULT_SEED = 1
const HOME_REGION = 'RU-SMO'
const SYNTHETIC_SOURCE_ID = 'src-synthetic'
/** Fixed, so that the output does not depend on the day it was generated. */
const SYNTHETIC_UPDATED = '2026-11-01'

/** Positions are spread this far around a municipality centre (the app allows 80 km). */
const SPREAD_KM = 25
/** Enterprises in a park sit this close to the park. */
const PARK_SPREAD_KM = 2
const KM_PER_DEGREE = 111.32
/** Dates run over whole months from 2015-01 to 2026-10. */
const FIRST_YEAR = 2015
const MONTH_COUNT = (2026 - FIRST_YEAR) * 12 + 10

const FILES = {
  enterprises: 'enterprises.json',
  parks: 'parks.json',
  visits: 'visits.json',
  events: 'events.json',
  regions: 'regions.json',
  municipalities: 'municipalities.json',
  industries: 'industries.json',
  sources: 'sources.json',
} as const satisfies Record<DatasetKind, string>

const SYNTHETIC_NOTE: LocalizedText = {
  ru: 'Синтетическая запись, не настоящие данные.',
  en: 'Synthetic record, not real data.',
}
const STAND_IN_NOTE: LocalizedText = {
  ru: 'Условная точка (синтетика).',
  en: 'Stand-in point (synthetic).',
}
const CONFIDENCE: Confidence = { record: 'low' }
const SOURCES = [SYNTHETIC_SOURCE_ID]

// Weights of the categorical fields; they only need to look plausible, not be accurate.
const LOCATION_WEIGHTS: Record<LocationPrecision, number> = {
  site: 50,
  settlement: 30,
  'stand-in': 18,
  unknown: 2,
}
const DATE_WEIGHTS: Record<DatePrecision, number> = {
  day: 60,
  month: 25,
  'on-or-before': 15,
}
const ENTERPRISE_KIND_WEIGHTS: Record<EnterpriseKind, number> = {
  enterprise: 90,
  holding: 5,
  association: 3,
  'government-body': 2,
}
const PARK_KIND_WEIGHTS: Record<ParkKind, number> = {
  'industrial-park': 60,
  sez: 5,
  technopark: 20,
  cluster: 15,
}
const RELEVANCE_WEIGHTS: Record<Relevance, number> = {
  'smolensk-industry': 80,
  'neighbour-industry': 8,
  'neighbour-other': 5,
  none: 7,
}
/** Share of enterprises placed in a park, when there are parks. */
const IN_PARK_SHARE = 0.15

/** Builds the whole synthetic data folder in memory. Throws on invalid options. */
export function generateSynthetic(
  options: SyntheticOptions,
  reference: SyntheticReference,
): SyntheticDataset {
  const counts = checkedCounts(options)
  const seed = options.seed ?? DEFAULT_SEED
  checkSeed(seed)
  const ctx = referenceContext(reference)

  // Each file has its own random stream, so changing one count leaves the other files alone.
  const parks = generateParks(counts.parks, ctx, createRandom(seed, 'parks'))
  const enterprises = generateEnterprises(
    counts.enterprises,
    parks,
    ctx,
    createRandom(seed, 'enterprises'),
  )
  const places = placePool(counts.enterprises, counts.parks)
  const visits = generateVisits(counts.visits, places, ctx, createRandom(seed, 'visits'))
  const events = generateEvents(
    counts.events,
    places,
    visits,
    ctx,
    createRandom(seed, 'events'),
  )

  const manifest = syntheticManifest()
  const files: Record<string, unknown> = {
    'manifest.json': manifest,
    [FILES.enterprises]: envelope(enterprises),
    [FILES.parks]: envelope(parks),
    [FILES.visits]: envelope(visits),
    [FILES.events]: envelope(events),
    // The reference lists cite the real sources, which are not in this folder.
    [FILES.regions]: envelope(reference.regions.map((r) => ({ ...r, sources: SOURCES }))),
    [FILES.municipalities]: envelope(
      reference.municipalities.map((m) => ({ ...m, sources: SOURCES })),
    ),
    [FILES.industries]: envelope(reference.industries.map((i) => ({ ...i }))),
    [FILES.sources]: envelope([syntheticSource()]),
  }
  return { manifest, files }
}

// ---------------------------------------------------------------------------------------
// Options and reference

interface Counts {
  enterprises: number
  events: number
  visits: number
  parks: number
}

function checkedCounts(options: SyntheticOptions): Counts {
  const counts: Counts = {
    enterprises: options.enterprises,
    events: options.events,
    visits: options.visits,
    parks: options.parks ?? DEFAULT_PARKS,
  }
  for (const [name, value] of Object.entries(counts)) {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new RangeError(`${name} must be a whole number ≥ 0, got ${String(value)}`)
  }
  return counts
}

function checkSeed(seed: number): void {
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new RangeError(`seed must be a whole number 0…4294967295, got ${String(seed)}`)
}

interface ReferenceContext {
  municipalities: readonly Municipality[]
  industryIds: readonly string[]
  /** Regions a delegation comes from or goes to: the neighbours and partners. */
  visitRegionIds: readonly string[]
  neighbourIds: readonly string[]
}

function referenceContext(reference: SyntheticReference): ReferenceContext {
  if (!reference.regions.some((r) => r.id === HOME_REGION))
    throw new Error(`The reference regions have no ${HOME_REGION}`)
  if (reference.municipalities.length === 0)
    throw new Error('The reference has no municipalities')
  if (reference.industries.length === 0)
    throw new Error('The reference has no industries')
  const others = reference.regions.filter((r) => r.id !== HOME_REGION)
  const idsWithRole = (roles: readonly Region['role'][]) =>
    others.filter((r) => roles.includes(r.role)).map((r) => r.id)
  const visitRegionIds = idsWithRole(['neighbour', 'partner'])
  const neighbourIds = idsWithRole(['neighbour'])
  const otherIds = others.map((r) => r.id)
  // Fall back to any other region, so a reference without roles still works.
  return {
    municipalities: reference.municipalities,
    industryIds: reference.industries.map((i) => i.id),
    visitRegionIds: visitRegionIds.length > 0 ? visitRegionIds : otherIds,
    neighbourIds: neighbourIds.length > 0 ? neighbourIds : otherIds,
  }
}

// ---------------------------------------------------------------------------------------
// Records

function generateParks(count: number, ctx: ReferenceContext, rnd: Random): Park[] {
  const parks: Park[] = []
  for (let n = 1; n <= count; n++) {
    const municipality = rnd.pick(ctx.municipalities)
    parks.push({
      id: syntheticId('park', n),
      name: { ru: `Синтетический парк №${n}`, en: `Synthetic park #${n}` },
      kind: rnd.weighted(PARK_KIND_WEIGHTS),
      ownership: rnd.pick(['state', 'private', 'unknown'] as const),
      areaHa: rnd.int(5, 500),
      industries: pickIndustries(ctx, rnd),
      region: HOME_REGION,
      municipality: municipality.id,
      location: randomLocation(municipality.centre, SPREAD_KM, rnd),
      description: SYNTHETIC_NOTE,
      origin: 'public',
      confidence: CONFIDENCE,
      sources: SOURCES,
    })
  }
  return parks
}

function generateEnterprises(
  count: number,
  parks: readonly Park[],
  ctx: ReferenceContext,
  rnd: Random,
): Enterprise[] {
  const enterprises: Enterprise[] = []
  for (let n = 1; n <= count; n++) {
    const park =
      parks.length > 0 && rnd.chance(IN_PARK_SHARE) ? rnd.pick(parks) : undefined
    const placement = park ? placeInPark(park, ctx, rnd) : placeInMunicipality(ctx, rnd)
    enterprises.push({
      id: syntheticId('ent', n),
      name: {
        ru: `Синтетическое предприятие №${n}`,
        en: `Synthetic enterprise #${n}`,
      },
      kind: rnd.weighted(ENTERPRISE_KIND_WEIGHTS),
      industries: pickIndustries(ctx, rnd),
      region: HOME_REGION,
      municipality: placement.municipality,
      location: placement.location,
      ...(park ? { park: park.id } : {}),
      ...(rnd.chance(0.6) ? { founded: { year: rnd.int(1900, 2025) } } : {}),
      description: SYNTHETIC_NOTE,
      origin: 'public',
      confidence: CONFIDENCE,
      sources: SOURCES,
    })
  }
  return enterprises
}

function generateVisits(
  count: number,
  places: PlacePool,
  ctx: ReferenceContext,
  rnd: Random,
): Visit[] {
  const visits: Visit[] = []
  if (count > 0 && ctx.visitRegionIds.length === 0)
    throw new Error('Visits need at least one region besides the home region')
  for (let n = 1; n <= count; n++) {
    const other = rnd.pick(ctx.visitRegionIds)
    const incoming = rnd.chance(0.6)
    const date = randomDate(rnd)
    // Guests see Smolensk sites; a Smolensk delegation abroad brings its organisations.
    const linked = places.pickIds(rnd, rnd.int(1, 3))
    visits.push({
      id: syntheticId('vis', n),
      title: { ru: `Синтетический визит №${n}`, en: `Synthetic visit #${n}` },
      date: date.date,
      datePrecision: date.precision,
      ...(date.precision === 'day' && rnd.chance(0.3)
        ? { endDate: addDays(date.date, rnd.int(1, 4)) }
        : {}),
      fromRegion: incoming ? other : HOME_REGION,
      toRegion: incoming ? HOME_REGION : other,
      ...(linked.length === 0
        ? {}
        : incoming
          ? { sitesVisited: linked }
          : { organisations: linked }),
      summary: SYNTHETIC_NOTE,
      origin: 'public',
      confidence: CONFIDENCE,
      sources: SOURCES,
    })
  }
  return visits
}

function generateEvents(
  count: number,
  places: PlacePool,
  visits: readonly Visit[],
  ctx: ReferenceContext,
  rnd: Random,
): NewsEvent[] {
  const events: NewsEvent[] = []
  const types: readonly EventType[] = eventTypeSchema.options
  for (let n = 1; n <= count; n++) {
    const type = rnd.pick(types)
    const relevance = rnd.weighted(RELEVANCE_WEIGHTS)
    // Some visit events describe a generated visit, and then share its date and regions.
    const visit =
      type === 'visit' && visits.length > 0 && rnd.chance(0.5)
        ? rnd.pick(visits)
        : undefined
    const date = visit
      ? { date: visit.date, precision: visit.datePrecision }
      : randomDate(rnd)
    const entities = relevance === 'none' ? [] : places.pickIds(rnd, rnd.int(0, 3))
    events.push({
      id: syntheticId('evt', n),
      title: { ru: `Синтетическое событие №${n}`, en: `Synthetic event #${n}` },
      date: date.date,
      datePrecision: date.precision,
      type,
      relevance,
      regions: visit
        ? [visit.fromRegion ?? visit.toRegion, visit.toRegion]
        : eventRegions(relevance, ctx, rnd),
      ...(entities.length > 0 ? { entities } : {}),
      ...(visit ? { visit: visit.id } : {}),
      summary: SYNTHETIC_NOTE,
      origin: 'public',
      confidence: CONFIDENCE,
      sources: SOURCES,
    })
  }
  return events
}

function eventRegions(
  relevance: Relevance,
  ctx: ReferenceContext,
  rnd: Random,
): string[] {
  const neighbour = ctx.neighbourIds.length > 0 ? rnd.pick(ctx.neighbourIds) : undefined
  switch (relevance) {
    case 'smolensk-industry':
      return neighbour && rnd.chance(0.3) ? [HOME_REGION, neighbour] : [HOME_REGION]
    case 'neighbour-industry':
    case 'neighbour-other':
      return neighbour ? [neighbour] : []
    case 'none':
      return []
  }
}

function syntheticManifest(): Manifest {
  return {
    schemaVersion: SCHEMA_VERSION,
    title: {
      ru: 'СИНТЕТИЧЕСКИЕ ДАННЫЕ — только для проверки производительности',
      en: 'SYNTHETIC DATA — for performance testing only',
    },
    description: {
      ru: 'Синтетические данные, созданные генератором для проверки производительности. Все предприятия, парки, визиты и события вымышлены; это не настоящие данные.',
      en: 'Synthetic data made by a generator for performance testing. All enterprises, parks, visits and events are made up; this is not real data.',
    },
    updated: SYNTHETIC_UPDATED,
    homeRegion: HOME_REGION,
    synthetic: true,
    files: {
      ...FILES,
      geo: {
        home: 'geo/home.geojson',
        neighbours: 'geo/neighbours.geojson',
        partners: 'geo/partners.geojson',
      },
    },
  }
}

function syntheticSource(): Source {
  return {
    id: SYNTHETIC_SOURCE_ID,
    title: {
      ru: 'Синтетические данные для проверки производительности',
      en: 'Synthetic data for performance testing',
    },
    url: 'https://example.org/synthetic',
    kind: 'dataset',
    note: SYNTHETIC_NOTE,
  }
}

function envelope(records: readonly unknown[]): {
  schemaVersion: number
  records: readonly unknown[]
} {
  return { schemaVersion: SCHEMA_VERSION, records }
}

/** `syn-ent-000012`: zero-padded, so ids sort in generation order. */
function syntheticId(kind: string, n: number): string {
  return `syn-${kind}-${String(n).padStart(6, '0')}`
}

function pickIndustries(ctx: ReferenceContext, rnd: Random): string[] {
  return rnd.pickDistinct(ctx.industryIds, rnd.int(1, 2))
}

// ---------------------------------------------------------------------------------------
// Places and positions

interface Placement {
  municipality: string
  location: Location
}

function placeInMunicipality(ctx: ReferenceContext, rnd: Random): Placement {
  const municipality = rnd.pick(ctx.municipalities)
  return {
    municipality: municipality.id,
    location: randomLocation(municipality.centre, SPREAD_KM, rnd),
  }
}

/** Near the park when it has a position, otherwise anywhere in its municipality. */
function placeInPark(park: Park, ctx: ReferenceContext, rnd: Random): Placement {
  const { lat, lon } = park.location
  const municipality = ctx.municipalities.find((m) => m.id === park.municipality)
  if (lat === undefined || lon === undefined || !municipality)
    return placeInMunicipality(ctx, rnd)
  return {
    municipality: municipality.id,
    location: randomLocation({ lat, lon }, PARK_SPREAD_KM, rnd),
  }
}

function randomLocation(
  centre: { lat: number; lon: number },
  radiusKm: number,
  rnd: Random,
): Location {
  const precision = rnd.weighted(LOCATION_WEIGHTS)
  if (precision === 'unknown') return { precision }
  // sqrt makes the points uniform over the disc instead of crowding its centre.
  const distance = radiusKm * Math.sqrt(rnd.next())
  const angle = 2 * Math.PI * rnd.next()
  const dLat = (distance * Math.cos(angle)) / KM_PER_DEGREE
  const dLon =
    (distance * Math.sin(angle)) /
    (KM_PER_DEGREE * Math.cos((centre.lat * Math.PI) / 180))
  return {
    lat: round5(centre.lat + dLat),
    lon: round5(centre.lon + dLon),
    precision,
    // The data contract gives every stand-in point a note saying why.
    ...(precision === 'stand-in' ? { note: STAND_IN_NOTE } : {}),
  }
}

/** Five decimals are about a metre: enough, and keeps the files small. */
function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5
}

/** Enterprise and park ids in one index space, so a pick favours neither. */
interface PlacePool {
  pickIds(rnd: Random, count: number): string[]
}

function placePool(enterprises: number, parks: number): PlacePool {
  const total = enterprises + parks
  return {
    pickIds(rnd, count) {
      return rnd
        .distinctIndices(total, Math.min(count, total))
        .map((i) =>
          i < enterprises
            ? syntheticId('ent', i + 1)
            : syntheticId('park', i - enterprises + 1),
        )
    },
  }
}

// ---------------------------------------------------------------------------------------
// Dates

interface RandomDate {
  date: string
  precision: DatePrecision
}

/** A date from 2015-01 to 2026-10 in the shape its precision needs. */
function randomDate(rnd: Random): RandomDate {
  const monthIndex = rnd.int(0, MONTH_COUNT - 1)
  const year = FIRST_YEAR + Math.floor(monthIndex / 12)
  const month = (monthIndex % 12) + 1
  const precision = rnd.weighted(DATE_WEIGHTS)
  const yearMonth = `${year}-${pad2(month)}`
  if (precision === 'month') return { date: yearMonth, precision }
  const day = rnd.int(1, daysInMonth(year, month))
  return { date: `${yearMonth}-${pad2(day)}`, precision }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

function pad2(value: number): string {
  return String(value).padStart(2, '0')
}

// ---------------------------------------------------------------------------------------
// Seeded randomness

interface Random {
  /** Uniform in [0, 1). */
  next(): number
  /** Whole number in [min, max]. */
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  weighted<K extends string>(weights: Record<K, number>): K
  /** `min(count, size)` different numbers in [0, size), in the order drawn. */
  distinctIndices(size: number, count: number): number[]
  /** `min(count, items.length)` different items, in the order drawn. */
  pickDistinct<T>(items: readonly T[], count: number): T[]
}

/** A mulberry32 stream seeded from `seed` and a label (FNV-1a), one per file. */
function createRandom(seed: number, label: string): Random {
  let state = (seed ^ fnv1a(label)) >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number =>
    min + Math.floor(next() * (max - min + 1))
  // Drawing until enough are different is fast because callers ask for at most 3.
  const distinctIndices = (size: number, count: number): number[] => {
    const chosen = new Set<number>()
    while (chosen.size < Math.min(count, size)) chosen.add(int(0, size - 1))
    return [...chosen]
  }
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('Cannot pick from an empty list')
      return items[int(0, items.length - 1)] as T
    },
    weighted<K extends string>(weights: Record<K, number>): K {
      const entries = Object.entries(weights) as [K, number][]
      const total = entries.reduce((sum, [, w]) => sum + w, 0)
      let roll = next() * total
      for (const [key, weight] of entries) {
        roll -= weight
        if (roll < 0) return key
      }
      return (entries[entries.length - 1] as [K, number])[0]
    },
    distinctIndices,
    pickDistinct<T>(items: readonly T[], count: number): T[] {
      return distinctIndices(items.length, count).map((i) => items[i] as T)
    },
  }
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
