import { describe, expect, it } from 'vitest'

import { DEFAULT_FILTERS, type Filters } from '../filters/filters'
import { describeFilters } from './describe-filters'
import { refs, stubT } from '@/testing/export-records'

const options = {
  locale: 'ru' as const,
  t: stubT,
}
const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch })

describe('describeFilters', () => {
  it('says so when no filter is set', () => {
    expect(describeFilters(DEFAULT_FILTERS, refs, options)).toEqual([
      'export.filters.none',
    ])
  })

  it('names industries, municipalities and regions instead of their ids', () => {
    const lines = describeFilters(
      f({
        industries: ['aerospace', 'energy'],
        municipalities: ['smolensk-city'],
        regions: ['RU-CHE', 'XX-NOPE'],
      }),
      refs,
      options,
    )
    expect(lines).toEqual([
      'export.filters.industries{"list":"Авиация и космос, Энергетика"}',
      'export.filters.municipalities{"list":"город Смоленск"}',
      'export.filters.regions{"list":"Челябинская область, XX-NOPE"}',
    ])
  })

  it('uses the English names where the language is English', () => {
    const [line] = describeFilters(f({ industries: ['aerospace', 'energy'] }), refs, {
      ...options,
      locale: 'en',
    })
    expect(line).toBe('export.filters.industries{"list":"Aerospace, Энергетика"}')
  })

  it('writes kinds, an open period, the search and wider events', () => {
    const lines = describeFilters(
      f({
        kinds: ['sez', 'enterprise'],
        from: '2024-07-01',
        q: '  завод  ',
        relevance: ['smolensk-industry', 'neighbour-industry'],
      }),
      refs,
      options,
    )
    expect(lines).toEqual([
      'export.filters.kinds{"list":"kinds.sez, kinds.enterprise"}',
      'export.filters.period{"from":"1 июля 2024","to":"export.filters.open"}',
      'export.filters.q{"q":"завод"}',
      'export.filters.relevance{"list":"export.relevance.smolensk-industry, export.relevance.neighbour-industry"}',
    ])
  })

  it('reads an empty relevance list as every kind of event', () => {
    const [line] = describeFilters(f({ relevance: [] }), refs, options)
    expect(line).toContain('export.relevance.none')
    expect(line).toContain('export.relevance.neighbour-other')
  })

  it('adds the timeline cursor when playback limits the map', () => {
    expect(
      describeFilters(DEFAULT_FILTERS, refs, { ...options, cursor: '2025-01-31' }),
    ).toEqual(['export.filters.cursor{"date":"31 января 2025"}'])
  })
})
