import { describe, expect, it } from 'vitest'

import { placesGeoJson, toGeoJsonText } from './geojson'
import { places, refs } from '@/testing/export-records'

const options = {
  sources: refs.sources,
  title: 'Промышленность Смоленской области',
  updated: '2026-11-24',
  exported: '2026-11-25T10:00:00.000Z',
  omittedNote: (count: number) => `без координат: ${count}`,
}

describe('the GeoJSON of enterprises and parks', () => {
  const collection = placesGeoJson(places, options)

  it('is a FeatureCollection of points in [lon, lat] order', () => {
    expect(collection.type).toBe('FeatureCollection')
    const quote = collection.features.find((f) => f.id === 'ent-quote')
    expect(quote?.geometry).toEqual({ type: 'Point', coordinates: [32.05, 54.8] })
    for (const feature of collection.features) {
      const [lon, lat] = feature.geometry.coordinates
      expect(Math.abs(lon)).toBeLessThanOrEqual(180)
      expect(Math.abs(lat)).toBeLessThanOrEqual(90)
    }
  })

  it('carries the agreed properties, with ids and source links', () => {
    const quote = collection.features.find((f) => f.id === 'ent-quote')
    expect(quote?.properties).toEqual({
      id: 'ent-quote',
      name_ru: 'ООО «Завод "Кавычка", запятая»',
      name_en: 'Quote, "Comma" Plant',
      type: 'enterprise',
      kind: 'enterprise',
      industries: ['aerospace', 'energy'],
      municipality: 'smolensk-city',
      precision: 'site',
      confidence: 'high',
      sources: ['https://example.org/a', 'https://example.org/b?x=1,2'],
    })
    const park = collection.features.find((f) => f.id === 'park-a')
    expect(park?.properties.type).toBe('park')
    expect(park?.properties.municipality).toBeNull()
  })

  it('leaves out unknown positions and counts them in the metadata', () => {
    expect(collection.features.map((f) => f.id)).not.toContain('ent-unknown')
    expect(collection.features).toHaveLength(places.length - 1)
    expect(collection.metadata.count).toBe(places.length - 1)
    expect(collection.metadata.omitted).toEqual({
      count: 1,
      ids: ['ent-unknown'],
      note: 'без координат: 1',
    })
    expect(collection.metadata.updated).toBe('2026-11-24')
  })

  it('keeps stand-in positions, marked by their precision', () => {
    const formula = collection.features.find((f) => f.id === 'ent-formula')
    expect(formula?.properties.precision).toBe('stand-in')
  })

  it('gives an empty note when nothing is left out, and parses back as JSON', () => {
    const placed = placesGeoJson(
      places.filter((p) => p.record.location.precision !== 'unknown'),
      options,
    )
    expect(placed.metadata.omitted).toEqual({ count: 0, ids: [], note: '' })
    expect(JSON.parse(toGeoJsonText(placed))).toEqual(placed)
  })
})
