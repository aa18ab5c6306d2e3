import type { Place } from '../derive/places'
import type { ConfidenceLevel, LocationPrecision } from '../schema/common'
import type { Source } from '../schema/reference'

interface PlaceProperties {
  id: string
  name_ru: string
  name_en: string | null
  type: Place['type']
  kind: Place['record']['kind']
  /** Industry ids, as in `industries.json`. */
  industries: string[]
  /** Municipality id, as in `municipalities.json`; `null` where the record names none. */
  municipality: string | null
  precision: LocationPrecision
  confidence: ConfidenceLevel
  /** Source links (the source id where the source list does not know it). */
  sources: string[]
}

interface PlaceFeature {
  type: 'Feature'
  id: string
  geometry: { type: 'Point'; coordinates: [number, number] }
  properties: PlaceProperties
}

/**
 * `metadata` is a foreign member (RFC 7946 §6.1): GIS tools ignore it, and a reader of the file
 * learns what it holds and what was left out.
 */
export interface PlaceCollection {
  type: 'FeatureCollection'
  metadata: {
    title: string
    updated: string | null
    exported: string
    count: number
    omitted: { count: number; ids: string[]; note: string }
  }
  features: PlaceFeature[]
}

export interface GeoJsonOptions {
  sources: readonly Pick<Source, 'id' | 'url'>[]
  title: string
  updated: string | null
  /** When the file was made, ISO; given by the caller so the output is reproducible. */
  exported: string
  /** The sentence on what was left out, in the interface language. */
  omittedNote: (count: number) => string
}

/**
 * The filtered enterprises and parks as points. A record whose position is unknown has no
 * point to draw, so it is left out and counted in `metadata.omitted`, never silently dropped.
 */
export function placesGeoJson(
  places: readonly Place[],
  options: GeoJsonOptions,
): PlaceCollection {
  const urls = new Map(options.sources.map((s) => [s.id, s.url]))
  const features: PlaceFeature[] = []
  const omitted: string[] = []
  for (const { type, record } of places) {
    const { lat, lon, precision } = record.location
    if (lat === undefined || lon === undefined || precision === 'unknown') {
      omitted.push(record.id)
      continue
    }
    features.push({
      type: 'Feature',
      id: record.id,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        id: record.id,
        name_ru: record.name.ru,
        name_en: record.name.en ?? null,
        type,
        kind: record.kind,
        industries: [...record.industries],
        municipality: record.municipality ?? null,
        precision,
        confidence: record.confidence.record,
        sources: record.sources.map((id) => urls.get(id) ?? id),
      },
    })
  }
  return {
    type: 'FeatureCollection',
    metadata: {
      title: options.title,
      updated: options.updated,
      exported: options.exported,
      count: features.length,
      omitted: {
        count: omitted.length,
        ids: omitted,
        note: omitted.length > 0 ? options.omittedNote(omitted.length) : '',
      },
    },
    features,
  }
}

/** Pretty-printed, so the file reads and diffs well; a few dozen records stay small. */
export function toGeoJsonText(collection: PlaceCollection): string {
  return `${JSON.stringify(collection, null, 2)}\n`
}
