/**
 * How long a download's Blob URL lives. Revoking right after `click()` can cancel the download
 * in some browsers before it has read the Blob; FileSaver.js waits 40 s for the same reason.
 */
const REVOKE_AFTER_MS = 40_000

/** Saves a Blob through a temporary `<a download>`; the Blob URL is revoked afterwards. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
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

/** UTF-8 text as a download; the CSV's BOM is part of the text, so Excel sees it. */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName)
}
