/** The local calendar day `YYYY-MM-DD`: what the person exporting sees as "today". */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * `promkarta-<subject>-<YYYY-MM-DD>.<extension>`: the subject and day in the name keep several
 * exports of one session apart in a downloads folder.
 */
export function exportFileName(subject: string, day: string, extension: string): string {
  const safeSubject = subject.toLowerCase().replace(/[^a-z0-9-]+/g, '-')
  return `promkarta-${safeSubject}-${day}.${extension}`
}
