import { describe, expect, it } from 'vitest'

import { DEFAULT_FILTERS, type Filters } from '../filters/filters'
import { PANEL_IDS } from '@/shared/panels/panel-ids'
import { describeFilters } from './describe-filters'
import { EXPORT_SCOPES, type ExportView } from './panel-scope'
import { refs, stubT } from '@/testing/export-records'

/** Every dimension on at once, with the cursor set. */
const everything: Filters = {
  ...DEFAULT_FILTERS,
  industries: ['aerospace'],
  municipalities: ['smolensk-city'],
  regions: ['RU-CHE'],
  kinds: ['sez'],
  from: '2024-07-01',
  to: '2025-11-30',
  q: 'завод',
  relevance: ['smolensk-industry', 'neighbour-industry'],
}

/** The stamp keys (`export.filters.<key>`) of a view's stamp under every filter. */
function stampOf(view: ExportView): string[] {
  const { kinds, cursor } = EXPORT_SCOPES[view]
  return describeFilters(everything, refs, {
    locale: 'ru',
    t: stubT,
    shows: kinds,
    cursor: cursor ? '2025-01-31' : null,
  }).map((line) => line.replace(/^export\.filters\.|^counting\.|\{.*$/g, ''))
}

describe('the stamp of each exported view lists only the filters that narrowed it', () => {
  it('has a scope for the dashboard and every panel', () => {
    expect(Object.keys(EXPORT_SCOPES).sort()).toEqual(['dashboard', ...PANEL_IDS].sort())
  })

  it('lists every filter on the dashboard', () => {
    expect(stampOf('dashboard')).toEqual([
      'industries',
      'municipalities',
      'regions',
      'kinds',
      'period',
      'q',
      'relevance',
      'cursor',
    ])
  })

  it('leaves relevance off the map, which draws no events, and the kinds off the timeline', () => {
    expect(stampOf('map')).toEqual([
      'industries',
      'municipalities',
      'regions',
      'kinds',
      'period',
      'q',
      'cursor',
    ])
    // Industry and municipality narrow visits and events through their organisations; the
    // kinds of place do not.
    for (const view of ['timeline', 'whatsnew'] as const)
      expect(stampOf(view)).toEqual([
        'industries',
        'municipalities',
        'regions',
        'period',
        'q',
        'relevance',
        'cursor',
      ])
  })

  it('leaves the period and relevance off the table of places', () => {
    expect(stampOf('table')).toEqual([
      'industries',
      'municipalities',
      'regions',
      'kinds',
      'q',
    ])
    expect(stampOf('charts')).toEqual([
      'industries',
      'municipalities',
      'regions',
      'kinds',
      'period',
      'q',
    ])
  })

  it('says the filters do not apply to an unfiltered panel, and none when none is set', () => {
    for (const view of ['details', 'quality', 'scenes'] as const)
      expect(stampOf(view)).toEqual(['stampNotApplied'])
    expect(
      describeFilters(DEFAULT_FILTERS, refs, { locale: 'ru', t: stubT, shows: [] }),
    ).toEqual(['export.filters.none'])
  })

  it('lists a period on the timeline but not on the table', () => {
    const period = { ...DEFAULT_FILTERS, from: '2024-07-01' }
    const shows = (view: ExportView) =>
      describeFilters(period, refs, {
        locale: 'ru',
        t: stubT,
        shows: EXPORT_SCOPES[view].kinds,
      })
    expect(shows('timeline')).toEqual([
      'export.filters.period{"from":"1 июля 2024","to":"export.filters.open"}',
    ])
    expect(shows('table')).toEqual(['counting.stampNotApplied'])
  })
})
