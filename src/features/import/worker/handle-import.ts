import { type ImportResult, importFile } from '@/domain/import/import-file'

import {
  type ImportRequest,
  PART_RECORDS,
  PROGRESS_EVERY_MS,
  type WorkerMessage,
} from './protocol'

export type Post = (message: WorkerMessage, transfer?: Transferable[]) => void

/**
 * The worker's side of the protocol, callable without a worker: reads the file, posts progress
 * (at every change of phase and at most every {@link PROGRESS_EVERY_MS} ms within one), then a
 * table's records in parts and the result without them, handing the bytes back.
 */
export async function handleImport(
  request: ImportRequest,
  post: Post,
  now: () => number = () => performance.now(),
  importer: typeof importFile = importFile,
): Promise<void> {
  const bytes = new Uint8Array(request.buffer)
  let phase = ''
  let last = -Infinity
  let result: ImportResult
  try {
    result = await importer(request.name, bytes, {
      ...request.options,
      onProgress: (next, done, total) => {
        const at = now()
        if (next === phase && at - last < PROGRESS_EVERY_MS) return
        phase = next
        last = at
        post({ type: 'progress', phase: next, done, total })
      },
    })
  } catch (error) {
    post({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    })
    return
  }
  if (result.ok && result.format !== 'contract') {
    const { records, rows } = result
    for (let start = 0; start < records.length; start += PART_RECORDS)
      post({
        type: 'part',
        records: records.slice(start, start + PART_RECORDS),
        rows: rows.slice(start, start + PART_RECORDS),
      })
    result = { ...result, records: [], rows: [] }
  }
  post({ type: 'done', result, buffer: request.buffer }, [request.buffer])
}
