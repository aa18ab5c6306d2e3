import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { FromWorker, ToWorker } from './json-off-thread'

/** A stand-in worker: keeps what the page posts and lets the test answer as the worker. */
class FakeWorker {
  static last: FakeWorker | undefined
  posted: ToWorker[] = []
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null
  onerror: ((event: Event) => void) | null = null
  constructor() {
    FakeWorker.last = this
  }
  postMessage(message: ToWorker) {
    this.posted.push(message)
  }
  answer(message: FromWorker) {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>)
  }
  terminate() {}
}

async function load() {
  vi.resetModules()
  vi.stubGlobal('Worker', FakeWorker)
  const module = await import('./json-off-thread')
  return module
}

describe('fetchJsonOffThread', () => {
  beforeEach(() => {
    FakeWorker.last = undefined
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('asks the worker to fetch the address and puts the records it sends in pieces back together', async () => {
    const { fetchJsonOffThread } = await load()
    const read = fetchJsonOffThread(
      'https://example.ru/data/enterprises.json',
      'enterprises.json',
      'application/json',
      new AbortController().signal,
    )
    const worker = FakeWorker.last as FakeWorker
    const [start] = worker.posted
    expect(start).toMatchObject({
      type: 'fetch',
      url: 'https://example.ru/data/enterprises.json',
      file: 'enterprises.json',
    })
    const id = (start as { id: number }).id
    worker.answer({
      id,
      type: 'envelope',
      rest: { schemaVersion: 1, records: [] },
      chars: 42,
    })
    worker.answer({ id, type: 'records', records: [{ id: 'a' }, { id: 'b' }] })
    worker.answer({ id, type: 'records', records: [{ id: 'c' }] })
    worker.answer({ id, type: 'done' })
    await expect(read).resolves.toEqual({
      result: {
        ok: true,
        value: { schemaVersion: 1, records: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
      },
      chars: 42,
    })
  })

  it('rejects with WorkerFailed when the worker could not fetch, so the page reads the file itself', async () => {
    const { fetchJsonOffThread, WorkerFailed } = await load()
    const read = fetchJsonOffThread('u', 'events.json', '', new AbortController().signal)
    const worker = FakeWorker.last as FakeWorker
    worker.answer({ id: (worker.posted[0] as { id: number }).id, type: 'failed' })
    await expect(read).rejects.toBeInstanceOf(WorkerFailed)
  })

  it('on a timeout tells the worker to stop and ignores what it still sends', async () => {
    const { fetchJsonOffThread } = await load()
    const controller = new AbortController()
    const read = fetchJsonOffThread('u', 'visits.json', '', controller.signal)
    const worker = FakeWorker.last as FakeWorker
    const id = (worker.posted[0] as { id: number }).id
    controller.abort()
    await expect(read).rejects.toThrow()
    expect(worker.posted[1]).toEqual({ id, type: 'cancel' })
    // A late answer for the stopped reading changes nothing and throws nothing.
    expect(() => worker.answer({ id, type: 'value', value: {}, chars: 2 })).not.toThrow()
  })
})
