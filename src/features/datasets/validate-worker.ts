/// <reference lib="webworker" />
/**
 * Validates one part of a dataset file off the main thread: the page parses the same text for
 * itself (and validates a part of its own), and this sends back only where the valid records
 * are and what is wrong with the others (see `DatasetVerdict`). One request per worker; the
 * page ends the worker after it.
 */
import {
  type DatasetVerdict,
  parseDataset,
  partRange,
  recordCount,
  toVerdict,
} from '@/domain/load/parse-dataset'
import type { DatasetKind } from '@/domain/schema/datasets'

export interface ValidateRequest {
  kind: DatasetKind
  file: string
  text: string
  /** This worker validates part `part` (from 0) of `parts` equal parts of the records. */
  part: number
  parts: number
}

export type ValidateResponse = DatasetVerdict<DatasetKind>

declare const self: DedicatedWorkerGlobalScope

self.onmessage = ({ data }: MessageEvent<ValidateRequest>) => {
  let json: unknown
  try {
    json = JSON.parse(data.text.replace(/^\uFEFF/, ''))
  } catch {
    // The page parses the text too and reports the fault in its own words.
    json = undefined
  }
  const range = partRange(data.part, data.parts, recordCount(json))
  const verdict: ValidateResponse = toVerdict(
    parseDataset(data.kind, data.file, json, range),
  )
  self.postMessage(verdict)
}
