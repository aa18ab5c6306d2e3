import { describe, expect, it } from 'vitest'

import type { TableImport, importFile } from '@/domain/import/import-file'
import { options } from '@/testing/import-data'

import { handleImport } from './handle-import'
import { PART_RECORDS, type WorkerMessage } from './protocol'
import { ImportCancelled, runImport, setImportWorkerFactory } from './run-import'

function csv(rows: number): ArrayBuffer {
  const lines = ['Наименование;Отрасль;Район;Широта;Долгота']
  for (let i = 0; i < rows; i++)
    lines.push(`ООО «Завод ${i + 1}»;Энергетика;город Смоленск;54,78;32,05`)
  return new TextEncoder().encode(lines.join('\n')).buffer
}

async function handled(buffer: ArrayBuffer, now?: () => number) {
  const posted: { message: WorkerMessage; transfer?: Transferable[] }[] = []
  const { data, homeRegion } = options
  await handleImport(
    {
      type: 'import',
      name: 'enterprises-big.csv',
      buffer,
      options: { data, homeRegion },
    },
    (message, transfer) => posted.push({ message, transfer }),
    now,
  )
  return posted
}

describe('the import worker’s messages', () => {
  it('posts progress through the phases, the records in parts, then the result without them and the bytes back', async () => {
    const buffer = csv(PART_RECORDS + 500)
    // Every progress call is 60 ms after the last: none is held back.
    let clock = 0
    const posted = await handled(buffer, () => (clock += 60))
    const types = posted.map((p) => p.message.type)
    expect(types.at(-1)).toBe('done')
    expect(types.filter((t) => t === 'part')).toHaveLength(2)

    const progress = posted.flatMap((p) =>
      p.message.type === 'progress' ? [p.message] : [],
    )
    expect(progress[0]).toMatchObject({ phase: 'reading', done: 0, total: 0 })
    const parsing = progress.filter((p) => p.phase === 'parsing')
    expect(parsing[0]).toMatchObject({ done: 0, total: PART_RECORDS + 500 })
    // Rows are told as they are converted, not only at the start and end.
    expect(parsing.some((p) => p.done > 0 && p.done < PART_RECORDS + 500)).toBe(true)
    expect(progress.at(-1)).toMatchObject({
      phase: 'checking',
      done: PART_RECORDS + 500,
      total: PART_RECORDS + 500,
    })

    const parts = posted.flatMap((p) => (p.message.type === 'part' ? [p.message] : []))
    expect(parts.map((p) => p.records.length)).toEqual([PART_RECORDS, 500])
    expect(parts[0]?.rows.slice(0, 2)).toEqual([2, 3])
    expect(parts[1]?.records.at(-1)).toMatchObject({
      id: `enterprises-big-r${PART_RECORDS + 501}`,
    })

    const done = posted.at(-1)
    if (done?.message.type !== 'done') throw new Error('no done message')
    const result = done.message.result as TableImport
    expect(result.ok).toBe(true)
    expect(result.records).toEqual([])
    expect(result.kind).toBe('enterprises')
    // The bytes go back, transferred.
    expect(done.message.buffer).toBe(buffer)
    expect(done.transfer).toEqual([buffer])
  })

  it('holds progress back to one message per 50 ms within a phase, but tells every change of phase', async () => {
    // A clock that never moves: only the first call of each phase gets through.
    const posted = await handled(csv(3000), () => 0)
    const progress = posted.flatMap((p) =>
      p.message.type === 'progress' ? [p.message.phase] : [],
    )
    expect(progress).toEqual(['reading', 'parsing', 'checking'])
  })

  it('tells a failure of the import itself, rather than leaving the page waiting', async () => {
    const posted: WorkerMessage[] = []
    const broken = (() => Promise.reject(new Error('boom'))) as typeof importFile
    await handleImport(
      { type: 'import', name: 'x.csv', buffer: csv(1), options },
      (message) => posted.push(message),
      undefined,
      broken,
    )
    expect(posted).toEqual([{ type: 'failed', message: 'boom' }])
  })
})

/** A worker stand-in that answers through {@link handleImport}, or never (to be cancelled). */
class FakeWorker {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  terminated = false
  private readonly answer: boolean
  constructor(answer: boolean) {
    this.answer = answer
  }
  postMessage(request: Parameters<typeof handleImport>[0]) {
    if (!this.answer) return
    void handleImport(request, (message) => {
      if (!this.terminated)
        this.onmessage?.({ data: message } as MessageEvent<WorkerMessage>)
    })
  }
  terminate() {
    this.terminated = true
  }
}

describe('running an import in a worker', () => {
  const run = (signal: AbortSignal, progress: string[] = []) =>
    runImport({
      name: 'enterprises-big.csv',
      bytes: new Uint8Array(csv(PART_RECORDS + 1)),
      options,
      onProgress: (p) => progress.push(p.phase),
      signal,
    })

  it('gathers the parts into the whole result and hands the bytes back', async () => {
    setImportWorkerFactory(() => new FakeWorker(true) as unknown as Worker)
    try {
      const progress: string[] = []
      const { result, bytes } = await run(new AbortController().signal, progress)
      if (!result.ok || result.format === 'contract') throw new Error('not a table')
      expect(result.records).toHaveLength(PART_RECORDS + 1)
      expect(result.rows).toHaveLength(PART_RECORDS + 1)
      expect(bytes.byteLength).toBeGreaterThan(0)
      expect(progress[0]).toBe('reading')
    } finally {
      setImportWorkerFactory()
    }
  })

  it('cancelled, terminates the worker and rejects, keeping nothing', async () => {
    const worker = new FakeWorker(false)
    setImportWorkerFactory(() => worker as unknown as Worker)
    try {
      const controller = new AbortController()
      const running = run(controller.signal)
      controller.abort()
      await expect(running).rejects.toBeInstanceOf(ImportCancelled)
      expect(worker.terminated).toBe(true)
    } finally {
      setImportWorkerFactory()
    }
  })
})
