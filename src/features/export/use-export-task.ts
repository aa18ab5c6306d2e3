import { useEffect, useState } from 'react'

import type { Translate } from '@/domain/export/text'

export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string }

/** How long «Сохранён файл …» stays before it clears itself. */
const DONE_MESSAGE_MS = 6000

/**
 * One export at a time and what it came to: «working», then the saved file's name (cleared
 * after a while) or the failure, said with the `failure` message and its reason.
 */
export function useExportTask(t: Translate) {
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' })

  useEffect(
    function clearDoneMessage() {
      if (status.kind !== 'done') return
      const timer = window.setTimeout(() => setStatus({ kind: 'idle' }), DONE_MESSAGE_MS)
      return () => window.clearTimeout(timer)
    },
    [status],
  )

  /** Runs `task`, which resolves to the name of the file it saved (or what `done` says). */
  async function run(
    task: () => Promise<string>,
    failure: string,
    done = 'export.saved',
  ) {
    setStatus({ kind: 'working' })
    try {
      const name = await task()
      setStatus({ kind: 'done', text: t(done, { name }) })
    } catch (error) {
      setStatus({ kind: 'error', text: t(failure, { reason: reasonOf(error, t) }) })
    }
  }

  return {
    status,
    busy: status.kind === 'working',
    run,
    dismiss: () => setStatus({ kind: 'idle' }),
  }
}

/** html-to-image rejects with a bare `Event` when an image fails; say something readable. */
function reasonOf(error: unknown, t: Translate): string {
  if (error instanceof Error)
    return error.message === 'empty' ? t('export.emptyImage') : error.message
  return t('export.unknownReason')
}
