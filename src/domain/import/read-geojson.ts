import { clipCells } from './read-csv'
import { type ImportFault, type ImportIssue, fault } from './messages'
import type { RawRow, RawTable } from './raw-table'

export type ReadGeoJsonResult =
  { ok: true; table: RawTable; issues: ImportIssue[] } | { ok: false; fault: ImportFault }

const COORDINATE_KEYS = new Set(['lat', 'lon', 'lng', 'latitude', 'longitude'])

/** True when parsed JSON is a GeoJSON FeatureCollection or Feature. */
export function isGeoJson(json: unknown): boolean {
  const type = (json as { type?: unknown } | null)?.type
  return type === 'FeatureCollection' || type === 'Feature'
}

/** A property value as cell text: `{ ru, en }` gives its Russian text, lists are `; `-joined. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return value.map(cellText).join('; ')
  const ru = (value as { ru?: unknown }).ru
  return typeof ru === 'string' ? ru : JSON.stringify(value)
}

/**
 * GeoJSON Point features → rows: `lat` and `lon` from the geometry (first two columns), then
 * one column per property key in order of first appearance. Features that are not points are
 * skipped with a warning; a file with no points is a fault. The row number is the feature's.
 */
export function readGeoJson(file: string, json: unknown): ReadGeoJsonResult {
  const features: unknown[] =
    (json as { type?: unknown }).type === 'Feature'
      ? [json]
      : (((json as { features?: unknown }).features as unknown[] | undefined) ?? [])
  const keys = new Map<string, number>()
  const points: {
    row: number
    lon: number
    lat: number
    props: Record<string, unknown>
  }[] = []
  const issues: ImportIssue[] = []
  features.forEach((feature, i) => {
    const geometry = (feature as { geometry?: { type?: unknown; coordinates?: unknown } })
      ?.geometry
    const coordinates = geometry?.coordinates
    const [lon, lat] = Array.isArray(coordinates) ? (coordinates as unknown[]) : []
    if (
      geometry?.type !== 'Point' ||
      typeof lon !== 'number' ||
      typeof lat !== 'number'
    ) {
      issues.push({
        file,
        row: i + 1,
        code: 'not-a-point',
        severity: 'warning',
        message: {
          ru: `Объект №${i + 1} — не точка (${typeof geometry?.type === 'string' ? geometry.type : 'без геометрии'}): пропущен`,
          en: `Feature ${i + 1} is not a point (${typeof geometry?.type === 'string' ? geometry.type : 'no geometry'}): skipped`,
        },
      })
      return
    }
    const props =
      (feature as { properties?: Record<string, unknown> | null }).properties ?? {}
    for (const key of Object.keys(props))
      if (!keys.has(key) && !COORDINATE_KEYS.has(key.toLowerCase()))
        keys.set(key, keys.size)
    points.push({ row: i + 1, lon, lat, props })
  })
  if (points.length === 0)
    return fault(file, 'no-points', {
      ru: 'В GeoJSON нет точек (объектов Point): импортировать нечего',
      en: 'The GeoJSON has no points (Point features): nothing to import',
    })
  const headers = ['lat', 'lon', ...keys.keys()]
  const rows: RawRow[] = points.map(({ row, lat, lon, props }) => {
    const cells = [String(lat), String(lon)]
    for (const key of keys.keys()) cells.push(cellText(props[key]))
    return { row, cells: clipCells(file, row, headers, cells, issues) }
  })
  return { ok: true, table: { headers, rows }, issues }
}
