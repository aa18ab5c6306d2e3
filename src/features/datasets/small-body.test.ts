import { describe, expect, it } from 'vitest'

import { smallBodyText } from './fetch-data-file'

/** A body sent in `chunks` pieces of `size` bytes with no length header; counts the pieces read. */
function chunked(chunks: number, size: number) {
  let pulled = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close()
      pulled += 1
      controller.enqueue(new TextEncoder().encode('я'.repeat(size / 2)))
    },
  })
  return { response: new Response(body), pulled: () => pulled }
}

describe('smallBodyText', () => {
  it('reads a small body of unknown length whole, Cyrillic split across pieces included', async () => {
    const { response } = chunked(3, 1000)
    expect(await smallBodyText(response)).toBe('я'.repeat(1500))
  })

  it('stops reading a body of unknown length at half a megabyte: the worker fetches it', async () => {
    const { response, pulled } = chunked(100, 64 * 1024)
    expect(await smallBodyText(response)).toBeNull()
    expect(pulled()).toBeLessThan(12)
  })

  it('trusts a stated length: small is read here, large not at all', async () => {
    const small = new Response('{"a":1}', { headers: { 'content-length': '7' } })
    expect(await smallBodyText(small)).toBe('{"a":1}')
    const large = new Response('{}', {
      headers: { 'content-length': String(600 * 1024) },
    })
    expect(await smallBodyText(large)).toBeNull()
  })
})
