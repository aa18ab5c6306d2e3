import { describe, expect, it } from 'vitest'

import { DEFAULT_FILTERS } from './filters'
import {
  DEFAULT_URL_STATE,
  type UrlState,
  decodeUrlState,
  dropUnknownIds,
  encodeUrlState,
} from './filters-url'

const full: UrlState = {
  filters: {
    industries: ['aerospace', 'defence'],
    municipalities: ['roslavlsky'],
    regions: ['RU-CHE'],
    kinds: ['enterprise', 'sez'],
    relevance: ['smolensk-industry', 'neighbour-industry'],
    from: '2024-07-01',
    to: '2025-11-30',
    q: 'Завод «Ёлка» & co',
  },
  select: 'ent-rts',
  lang: 'en',
  view: { lat: 54.7826, lon: 32.0453, zoom: 8.5 },
  tab: 'table',
}

describe('the link codec', () => {
  it('round-trips every part of the view', () => {
    const search = encodeUrlState(full)
    expect(decodeUrlState(search)).toEqual({ state: full, problems: [] })
  })

  it('writes the documented parameter names, comma-separated', () => {
    const params = new URLSearchParams(encodeUrlState(full))
    expect(params.get('industry')).toBe('aerospace,defence')
    expect(params.get('region')).toBe('RU-CHE')
    expect(params.get('from')).toBe('2024-07-01')
    expect(params.get('lang')).toBe('en')
    expect(params.get('select')).toBe('ent-rts')
    expect(encodeUrlState(full)).toContain('industry=aerospace,defence')
  })

  it('leaves defaults out and keeps the data parameter', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('')
    expect(encodeUrlState(DEFAULT_URL_STATE, new URLSearchParams('data=/x/'))).toBe(
      '?data=%2Fx%2F',
    )
  })

  it.each([
    ['?industry=<script>,aerospace', 'industry', '<script>'],
    ['?from=2025-02-30', 'from', '2025-02-30'],
    ['?to=yesterday', 'to', 'yesterday'],
    ['?lang=de', 'lang', 'de'],
    ['?region=chelyabinsk', 'region', 'chelyabinsk'],
    ['?relevance=gossip', 'relevance', 'gossip'],
    ['?view=91,0,5', 'view', '91,0,5'],
    ['?tab=secret', 'tab', 'secret'],
    ['?select=javascript:alert(1)', 'select', 'javascript:alert(1)'],
  ])('drops garbage in %s and reports it', (search, param, value) => {
    const { state, problems } = decodeUrlState(search)
    expect(problems).toContainEqual({ param, value })
    expect(state.lang).toBe('ru')
    expect(state.filters.from).toBeNull()
  })

  it('keeps the valid values next to garbage', () => {
    const { state } = decodeUrlState('?industry=<script>,aerospace')
    expect(state.filters.industries).toEqual(['aerospace'])
  })

  it('gives defaults for an empty or nonsense query', () => {
    expect(decodeUrlState('').state).toEqual(DEFAULT_URL_STATE)
    expect(decodeUrlState('?%E0%A4%A=&&&==').state.filters).toEqual(DEFAULT_FILTERS)
  })

  it('swaps a period given backwards and says so', () => {
    const { state, problems } = decodeUrlState('?from=2025-12-31&to=2024-01-01')
    expect([state.filters.from, state.filters.to]).toEqual(['2024-01-01', '2025-12-31'])
    expect(problems).toHaveLength(1)
  })

  it('drops ids the data does not know, once it is loaded', () => {
    const { state, problems } = dropUnknownIds(full, {
      industries: new Set(['aerospace']),
      municipalities: new Set(['roslavlsky']),
      regions: new Set(['RU-SMO']),
      records: new Set(['ent-smaz']),
    })
    expect(state.filters.industries).toEqual(['aerospace'])
    expect(state.filters.regions).toEqual([])
    expect(state.select).toBeNull()
    expect(problems).toEqual([
      { param: 'industry', value: 'defence' },
      { param: 'region', value: 'RU-CHE' },
      { param: 'select', value: 'ent-rts' },
    ])
  })
})
