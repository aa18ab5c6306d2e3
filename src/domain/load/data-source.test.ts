import { describe, expect, it } from 'vitest'

import { parseAllowedOrigins, resolveDataSource } from './data-source'

const page = 'https://dash.example/app/index.html'
const base = { pageUrl: page, defaultUrl: 'data/', allowedOrigins: [] }

describe('resolveDataSource', () => {
  it('uses data/ next to the app by default', () => {
    expect(resolveDataSource({ ...base, search: '' })).toEqual({
      kind: 'folder',
      baseUrl: 'https://dash.example/app/data/',
      isDefault: true,
    })
  })

  it('follows a same-origin data path and marks it as not the default', () => {
    const source = resolveDataSource({ ...base, search: '?data=/other/set' })
    expect(source).toEqual({
      kind: 'folder',
      baseUrl: 'https://dash.example/other/set/',
      isDefault: false,
    })
  })

  it('refuses another origin unless the deployment allows it', () => {
    const search = '?data=https://evil.example/data/'
    expect(resolveDataSource({ ...base, search })).toEqual({
      kind: 'folder',
      baseUrl: 'https://dash.example/app/data/',
      isDefault: true,
      rejected: { value: 'https://evil.example/data/', reason: 'origin' },
    })
    expect(
      resolveDataSource({ ...base, search, allowedOrigins: ['https://evil.example'] }),
    ).toEqual({ kind: 'folder', baseUrl: 'https://evil.example/data/', isDefault: false })
  })

  it.each(['javascript:alert(1)', 'data:application/json,{}', '//evil.example/x'])(
    'refuses %s',
    (value) => {
      const source = resolveDataSource({
        ...base,
        search: `?data=${encodeURIComponent(value)}`,
      })
      expect(source.isDefault).toBe(true)
      expect(source.rejected?.value).toBe(value)
    },
  )

  it('reads the allow-list, ignoring garbage', () => {
    expect(
      parseAllowedOrigins('https://a.example/x, http://b.example  nonsense'),
    ).toEqual(['https://a.example', 'http://b.example'])
    expect(parseAllowedOrigins(undefined)).toEqual([])
  })
})
