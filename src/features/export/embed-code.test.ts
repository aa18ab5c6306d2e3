import { describe, expect, it } from 'vitest'

import { embedCode } from './embed-code'

describe('embedCode', () => {
  it('embeds the same view with embed=1 and keeps its filters', () => {
    const code = embedCode(
      'https://promkarta.example/?industry=aerospace&from=2025-01-01#x',
      'Промкарта',
    )
    const src = /src="([^"]+)"/.exec(code)?.[1]?.replaceAll('&amp;', '&')
    const url = new URL(src ?? '')
    expect(url.searchParams.get('embed')).toBe('1')
    expect(url.searchParams.get('industry')).toBe('aerospace')
    expect(url.searchParams.get('from')).toBe('2025-01-01')
    expect(url.hash).toBe('')
    expect(code).toMatch(/^<iframe [^>]*title="Промкарта"[^>]*><\/iframe>$/)
  })

  it('escapes a title that would break out of its attribute', () => {
    const code = embedCode('https://a.example/', 'Title" onload="alert(1)<b>')
    expect(code).toContain('title="Title&quot; onload=&quot;alert(1)&lt;b&gt;"')
    expect(code).not.toContain('" onload="')
  })

  it('refuses a page that is not http(s)', () => {
    expect(() => embedCode('file:///tmp/index.html', 'x')).toThrow(/http/)
  })
})
