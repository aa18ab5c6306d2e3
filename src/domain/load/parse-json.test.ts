import { describe, expect, it } from 'vitest'

import { parseJsonText } from './parse-json'

describe('parseJsonText', () => {
  it('reads JSON, with or without a byte-order mark', () => {
    expect(parseJsonText('a.json', '{"a":1}')).toEqual({ ok: true, value: { a: 1 } })
    expect(parseJsonText('a.json', '\uFEFF{"a":1}')).toEqual({
      ok: true,
      value: { a: 1 },
    })
  })

  it.each([
    ['an HTML page by content type', '{"a":1}', 'text/html; charset=utf-8', 'html'],
    [
      'an HTML page by its body',
      '<!doctype html><html></html>',
      'application/json',
      'html',
    ],
    ['an empty body', '   ', '', 'malformed-json'],
    ['broken JSON', '{"a":', 'application/json', 'malformed-json'],
  ])('gives a fault for %s', (_label, text, type, reason) => {
    const result = parseJsonText('parks.json', text, type)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.fault).toMatchObject({ file: 'parks.json', reason })
    expect(result.fault.message).toMatch(/[а-яё]/i)
  })
})
