import { downloadBlob } from '../download'

/** Saves text that could not be read as a `.json` file, exactly as it was stored. */
export function downloadBackup(raw: string, fileName: string): void {
  downloadBlob(new Blob([raw], { type: 'application/json' }), fileName)
}

/** A file name for a backup of `what` kept at `time`: `promkarta-<what>-backup-<time>.json`. */
export const backupFileName = (what: string, time: number = Date.now()): string =>
  `promkarta-${what}-backup-${new Date(time).toISOString().replaceAll(':', '-')}.json`
