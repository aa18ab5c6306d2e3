/** How long the download's Blob URL lives (some browsers read the Blob after `click()`). */
const REVOKE_AFTER_MS = 40_000

/** Saves text that could not be read as a `.json` file, exactly as it was stored. */
export function downloadBackup(raw: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([raw], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.hidden = true
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
  }
}

/** A file name for a backup of `what` kept at `time`: `promkarta-<what>-backup-<time>.json`. */
export const backupFileName = (what: string, time: number = Date.now()): string =>
  `promkarta-${what}-backup-${new Date(time).toISOString().replaceAll(':', '-')}.json`
