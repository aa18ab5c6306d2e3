/// <reference lib="webworker" />
/**
 * Validates parts of a dataset file off the main thread. The page sends the file's text once;
 * this parses it and says it is ready, then validates each range of records the page hands
 * out and sends back only where the valid records are and what is wrong with the others (see
 * `DatasetVerdict`). The page ends the worker when no range is left.
 */
import { type DatasetVerdict, parseDataset, toVerdict } from '@/domain/load/parse-dataset'
import type { DatasetKind } from '@/domain/schema/datasets'

export type ToWorker =
  | { type: 'file'; kind: DatasetKind; file: string; text: string }
  | { type: 'range'; start: number; end: number }

export type FromWorker =
  | { type: 'ready' }
  | { type: 'verdict'; start: number; verdict: DatasetVerdict<DatasetKind> }

declare const self: DedicatedWorkerGlobalScope

let loaded: { kind: DatasetKind; file: string; json: unknown } | undefined

const reply = (message: FromWorker) => self.postMessage(message)

self.onmessage = ({ data }: MessageEvent<ToWorker>) => {
  if (data.type === 'file') {
    let json: unknown
    try {
      json = JSON.parse(data.text.replace(/^\uFEFF/, ''))
    } catch {
      // The page parses the text too and reports the fault in its own words.
      json = undefined
    }
    loaded = { kind: data.kind, file: data.file, json }
    reply({ type: 'ready' })
    return
  }
  if (!loaded) throw new Error('range before file')
  const { kind, file, json } = loaded
  const { start, end } = data
  reply({
    type: 'verdict',
    start,
    verdict: toVerdict(parseDataset(kind, file, json, { start, end })),
  })
}
