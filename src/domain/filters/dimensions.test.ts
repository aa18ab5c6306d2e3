import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { narrowsPlaces, narrowsVisits } from '../charts/filtered-by'
import { describeFilters } from '../export/describe-filters'
import { refs, stubT } from '@/testing/export-records'
import { sceneStateOf, showsScene } from '../scenes/scene-state'
import { compactScene } from '../scenes/scenes-file'
import { sceneSchema } from '../schema/scene'
import {
  ANY_DIMENSIONS,
  DEFAULT_FILTERS,
  DIMENSIONS,
  DIMENSION_KEYS,
  FILTER_FIELDS,
  type FilterKey,
  type Filters,
} from './dimensions'
import { NARROWED_KINDS } from './dimension-kit'
import { hasActiveFilters, narrowingFields, sameFilters } from './filter-values'
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState } from './filters-url'

/**
 * A value away from the default for every field of the table. Typed as a `Record` over the
 * fields, so a new dimension does not compile here until it has a sample, and every test
 * below then covers it.
 */
const SAMPLES: { [K in FilterKey]: Filters[K] } = {
  industries: ['aerospace', 'energy'],
  municipalities: ['smolensk-city'],
  regions: ['RU-CHE'],
  kinds: ['enterprise', 'sez'],
  from: '2024-07-01',
  to: '2025-11-30',
  q: 'Завод «Ёлка» & co',
  relevance: ['smolensk-industry', 'neighbour-industry'],
}

const withField = (key: FilterKey): Filters => ({
  ...DEFAULT_FILTERS,
  [key]: SAMPLES[key],
})
const allSet: Filters = { ...DEFAULT_FILTERS, ...SAMPLES }
const fields = FILTER_FIELDS.map(({ key, dimension }) => [key, dimension] as const)
const labels = { locale: 'ru' as const, t: stubT, refs }

describe('the filter table', () => {
  it('has a sample for every field and a field for every sample', () => {
    expect(FILTER_FIELDS.map((f) => f.key).sort()).toEqual(Object.keys(SAMPLES).sort())
  })

  it('gives every field its own URL parameter', () => {
    const params = FILTER_FIELDS.map((f) => f.spec.param)
    expect(new Set(params).size).toBe(params.length)
    for (const name of ['lang', 'select', 'view', 'tab', 'data'])
      expect(params).not.toContain(name)
  })

  it.each(fields)('round-trips %s through a link, alone', (key) => {
    const state = { ...DEFAULT_URL_STATE, filters: withField(key) }
    const search = encodeUrlState(state)
    const param = FILTER_FIELDS.find((f) => f.key === key)?.spec.param ?? ''
    expect(new URLSearchParams(search).has(param)).toBe(true)
    expect(decodeUrlState(search)).toEqual({ state, problems: [] })
  })

  it('round-trips every field together through a link', () => {
    const state = { ...DEFAULT_URL_STATE, filters: allSet }
    expect(decodeUrlState(encodeUrlState(state))).toEqual({ state, problems: [] })
  })

  it.each(fields)('round-trips %s through a scene and its file', (key) => {
    const source = {
      filters: withField(key),
      selectedId: null,
      mapView: null,
      tab: 'charts' as const,
      timelineCursor: null,
    }
    const scene = sceneSchema.parse({
      id: 's1',
      title: { ru: 'С' },
      caption: { ru: 'П' },
      state: sceneStateOf(source),
    })
    expect(scene.state.filters).toEqual(withField(key))
    expect(showsScene(scene, source)).toBe(true)
    // The compact file keeps exactly the fields that differ from the default.
    const compact = sceneSchema.parse(compactScene(scene))
    expect(compact.state.filters).toEqual(withField(key))
    expect(
      Object.keys((compactScene(scene).state as { filters: object }).filters),
    ).toEqual([key])
  })

  it.each(fields)('tells %s apart in «same filters» and «active filters»', (key) => {
    expect(sameFilters(withField(key), DEFAULT_FILTERS)).toBe(false)
    expect(sameFilters(withField(key), withField(key))).toBe(true)
    expect(hasActiveFilters(withField(key))).toBe(true)
  })

  it('reads list order and surrounding spaces of the search as the same filters', () => {
    expect(
      sameFilters(
        { ...allSet, industries: ['energy', 'aerospace'], q: `  ${allSet.q} ` },
        allSet,
      ),
    ).toBe(true)
    expect(hasActiveFilters(DEFAULT_FILTERS)).toBe(false)
  })

  it.each(fields)('puts %s on the export stamp, in one line', (key) => {
    const lines = describeFilters(withField(key), refs, { locale: 'ru', t: stubT })
    const dimension = FILTER_FIELDS.find((f) => f.key === key)?.dimension ?? 'q'
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      new RegExp(`^export\\.filters\\.${ANY_DIMENSIONS[dimension].stamp}\\{`),
    )
  })

  it.each(fields)('shows %s as chips that remove it', (key, dimension) => {
    const filters = withField(key)
    const spec = ANY_DIMENSIONS[dimension]
    const chips = spec.chips(filters, labels)
    expect(chips.length).toBeGreaterThan(0)
    let left = filters
    for (const chip of chips) left = { ...left, ...spec.withoutChip(left, chip.value) }
    expect(sameFilters(left, DEFAULT_FILTERS)).toBe(true)
  })

  it('has no chip, no stamp line and no narrowing at the defaults', () => {
    for (const key of DIMENSION_KEYS) {
      expect(ANY_DIMENSIONS[key].chips(DEFAULT_FILTERS, labels)).toEqual([])
      expect(ANY_DIMENSIONS[key].describe(DEFAULT_FILTERS, labels)).toBeNull()
    }
    expect(narrowsPlaces(DEFAULT_FILTERS) || narrowsVisits(DEFAULT_FILTERS)).toBe(false)
  })

  it.each(fields)('says «filtered» on the charts that %s narrows', (key, dimension) => {
    const { narrows } = DIMENSIONS[dimension]
    expect(narrowsVisits(withField(key))).toBe(narrows.visits !== false)
    expect(narrowsPlaces(withField(key))).toBe(
      narrows.enterprises !== false || narrows.parks !== false,
    )
  })

  it('narrows each kind of record: industries and municipalities reach visits and events', () => {
    const narrowed = Object.fromEntries(
      NARROWED_KINDS.map((kind) => [kind, narrowingFields(kind)]),
    )
    expect(narrowed).toEqual({
      enterprises: ['industries', 'municipalities', 'regions', 'kinds', 'q'],
      parks: ['industries', 'municipalities', 'regions', 'kinds', 'q'],
      visits: ['industries', 'municipalities', 'regions', 'from', 'to', 'q'],
      events: ['industries', 'municipalities', 'regions', 'from', 'to', 'q', 'relevance'],
    })
  })

  it('is documented: the README names every parameter in Russian and in English', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8')
    const english = readme.indexOf('# Promkarta (English)')
    expect(english).toBeGreaterThan(0)
    for (const { spec } of FILTER_FIELDS) {
      expect(readme.slice(0, english)).toContain(`\`${spec.param}\``)
      expect(readme.slice(english)).toContain(`\`${spec.param}\``)
    }
  })
})
