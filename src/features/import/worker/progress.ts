import { useSyncExternalStore } from 'react'

import type { ImportProgressState } from './run-import'

// The import's progress and its cancel, kept beside the store: they change many times a
// second while a file is read and mean nothing once it is.

let current: ImportProgressState | null = null
let controller: AbortController | null = null
const listeners = new Set<() => void>()

function emit(): void {
  for (const listener of listeners) listener()
}

/** Starts a cancellable piece of work; the signal aborts when the user cancels. */
export function startImportWork(): AbortSignal {
  controller?.abort()
  controller = new AbortController()
  current = null
  emit()
  return controller.signal
}

export function setImportProgress(progress: ImportProgressState): void {
  current = progress
  emit()
}

/**
 * Ends a piece of work (done or cancelled); when it is the latest, no progress is shown any
 * more and `true` says so.
 */
export function endImportWork(signal: AbortSignal): boolean {
  if (controller?.signal !== signal) return false
  controller = null
  current = null
  emit()
  return true
}

/** Cancels the work under way, if any: its worker is terminated and nothing is kept. */
export function cancelImport(): void {
  controller?.abort()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The progress of the file being read, or `null`. */
export function useImportProgress(): ImportProgressState | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  )
}
