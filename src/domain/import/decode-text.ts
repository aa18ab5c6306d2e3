/** The text encodings an imported text file is read in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
}

/**
 * Decodes a text file: a BOM decides first (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8 is
 * tried, and bytes that are not valid UTF-8 are read as Windows-1251, the code page Russian
 * Excel writes CSV in. A Cyrillic Windows-1251 text is practically never valid UTF-8, so no
 * mojibake. The BOM is not part of the text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
    }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
    }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
    }
  } catch {
    return {
      text: new TextDecoder('windows-1251').decode(bytes),
      encoding: 'windows-1251',
    }
  }
}

const SAMPLE_BYTES = 8192

/**
 * True for bytes that are not text: a NUL or many control characters in the first 8 KB.
 * UTF-16 text (with its BOM) is text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  )
    return false
  const end = Math.min(bytes.length, SAMPLE_BYTES)
  let control = 0
  for (let i = 0; i < end; i++) {
    const b = bytes[i] as number
    if (b === 0) return true
    if (b < 9 || (b > 13 && b < 32)) control++
  }
  return end > 0 && control / end > 0.05
}
