import { describe, expect, it } from 'vitest'

import { MAX_LIST, MAX_PROBLEM_VALUE } from './dimension-kit'
import { DEFAULT_FILTERS } from './filters'
import {
  DEFAULT_URL_STATE,
  MAX_NOTICE_PROBLEMS,
  URL_MIGRATIONS,
  type UrlMigration,
  type UrlState,
  decodeUrlState,
  dropUnknownIds,
  encodeUrlState,
  summariseProblems,
} from './filters-url'

const full: UrlState = {
  filters: {
    // Spread over the defaults, so a new dimension needs no edit here (dimensions.test.ts
    // round-trips every dimension of the table).
    ...DEFAULT_FILTERS,
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

/**
 * Links in the form sent so far, with the view each opens. A change to a parameter must keep
 * these opening the same view: through a migration in `URL_MIGRATIONS` if the form changes.
 */
const OLD_LINKS: [string, Partial<UrlState['filters']>][] = [
  ['?industry=aerospace,defence', { industries: ['aerospace', 'defence'] }],
  ['?municipality=roslavlsky', { municipalities: ['roslavlsky'] }],
  ['?region=RU-CHE', { regions: ['RU-CHE'] }],
  ['?kind=sez', { kinds: ['sez'] }],
  [
    '?relevance=smolensk-industry,neighbour-industry',
    { relevance: ['smolensk-industry', 'neighbour-industry'] },
  ],
  ['?relevance=', { relevance: [] }],
  ['?from=2024-07-01&to=2025-11-30', { from: '2024-07-01', to: '2025-11-30' }],
  ['?q=%D0%B7%D0%B0%D0%B2%D0%BE%D0%B4', { q: 'завод' }],
  [
    '?industry=aerospace&municipality=roslavlsky&region=RU-CHE&kind=enterprise,sez&relevance=smolensk-industry,neighbour-industry&from=2024-07-01&to=2025-11-30&q=x',
    {
      industries: ['aerospace'],
      municipalities: ['roslavlsky'],
      regions: ['RU-CHE'],
      kinds: ['enterprise', 'sez'],
      relevance: ['smolensk-industry', 'neighbour-industry'],
      from: '2024-07-01',
      to: '2025-11-30',
      q: 'x',
    },
  ],
]

describe('old links', () => {
  it.each(OLD_LINKS)('%s still opens the same filters', (search, filters) => {
    const { state, problems } = decodeUrlState(search)
    expect(problems).toEqual([])
    expect(state.filters).toEqual({ ...DEFAULT_FILTERS, ...filters })
  })

  it('runs the migrations in order before decoding, and writes the current form back', () => {
    const migrations: UrlMigration[] = [
      {
        description: 'industries= was renamed industry=',
        migrate: (params) => {
          const old = params.get('industries')
          if (old === null) return
          params.delete('industries')
          if (!params.has('industry')) params.set('industry', old)
        },
      },
      {
        description: 'kind=park became kind=industrial-park',
        migrate: (params) => {
          const kinds = params.get('kind')
          if (kinds !== null)
            params.set('kind', kinds.replace(/(^|,)park(?=,|$)/g, '$1industrial-park'))
        },
      },
    ]
    const { state, problems } = decodeUrlState(
      '?industries=aerospace&kind=park,sez',
      migrations,
    )
    expect(problems).toEqual([])
    expect(state.filters).toEqual({
      ...DEFAULT_FILTERS,
      industries: ['aerospace'],
      kinds: ['industrial-park', 'sez'],
    })
    expect(encodeUrlState(state)).toBe('?industry=aerospace&kind=industrial-park,sez')
    expect(migrations.every((m) => m.description.length > 0)).toBe(true)
  })

  it('lists every migration with what it changed', () => {
    for (const migration of URL_MIGRATIONS) expect(migration.description).not.toBe('')
  })
})

describe('a huge link', () => {
  const ids = (n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(',')

  it('keeps at most MAX_LIST values of a list and drops the rest in one problem', () => {
    const search = `?industry=${ids(150_000, 'i')}`
    expect(search.length).toBeGreaterThan(1_000_000)
    const { state, problems } = decodeUrlState(search)
    expect(state.filters.industries).toHaveLength(MAX_LIST)
    expect(state.filters.industries[0]).toBe('i0')
    expect(problems).toEqual([{ param: 'industry', value: `… (+${150_000 - MAX_LIST})` }])
  })

  it('gives a short notice for a megabyte of garbage', () => {
    const garbage = Array.from({ length: 150_000 }, (_, i) => `<${i}>`).join(',')
    const search = `?industry=${garbage}&region=${garbage}&select=${'x'.repeat(500_000)}`
    expect(search.length).toBeGreaterThan(1_000_000)
    const { state, problems } = decodeUrlState(search)
    expect(state.filters.industries).toEqual([])
    expect(state.select).toBeNull()
    // Each list reports at most MAX_LIST values and one count; each value is cut short.
    expect(problems.length).toBeLessThanOrEqual(2 * (MAX_LIST + 1) + 1)
    for (const problem of problems)
      expect(problem.value.length).toBeLessThanOrEqual(MAX_PROBLEM_VALUE + 1)
    const { list, more } = summariseProblems(problems)
    expect(list.split(', ')).toHaveLength(MAX_NOTICE_PROBLEMS)
    expect(list.length).toBeLessThan(1_000)
    expect(more).toBe(problems.length - MAX_NOTICE_PROBLEMS)
  })

  it('lists a few problems in full', () => {
    const { problems } = decodeUrlState('?industry=<script>&lang=xx')
    expect(summariseProblems(problems)).toEqual({
      list: 'industry=<script>, lang=xx',
      more: 0,
    })
  })
})
