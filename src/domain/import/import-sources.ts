import { httpUrlSchema, type LocalizedText } from '../schema/common'
import type { Source } from '../schema/reference'

/**
 * The source entry an imported record cites for the file it came from. The sources schema has
 * no kind for it yet (proposed: kind `user-file`, `url` optional for that kind, and a `file`
 * field); until then it lives beside the loaded sources, not in `sources.json`.
 */
export interface UserFileSource {
  id: string
  title: LocalizedText
  kind: 'user-file'
  file: string
}

const TRANSLIT: Readonly<Record<string, string>> = Object.fromEntries(
  'а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:yu я:ya'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
)

/** `Предприятия 2025.csv` → `predpriyatiya-2025`: a file name as a part of an id. */
export function fileSlug(name: string): string {
  const base = name.replace(/\.[A-Za-z0-9]+$/, '').toLowerCase()
  let out = ''
  for (const char of base) out += TRANSLIT[char] ?? char
  const slug = out
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return slug === '' ? 'file' : slug
}

function hash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++)
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h.toString(16).padStart(8, '0')
}

/** The sources one import makes: the file itself and each distinct link its rows cite. */
export interface ImportSources {
  file: UserFileSource
  /** Id for a cited link, made on first use; `url-<hash>` so the same link keeps its id. */
  urlSourceId: (url: string) => string
  /** The link sources made so far, valid against the sources schema (kind `news`). */
  links: () => Source[]
  /** All of them as source records, only for reference checks (the file entry has no URL). */
  forChecks: () => Source[]
}

export function importSources(fileName: string): ImportSources {
  const file: UserFileSource = {
    id: `file-${fileSlug(fileName)}`,
    title: { ru: `Файл «${fileName}»`, en: `File "${fileName}"` },
    kind: 'user-file',
    file: fileName,
  }
  const links = new Map<string, Source>()
  return {
    file,
    urlSourceId(url) {
      const existing = links.get(url)
      if (existing) return existing.id
      const id = `url-${hash(url)}`
      if (httpUrlSchema.safeParse(url).success)
        links.set(url, { id, title: { ru: url }, url, kind: 'news' })
      return id
    },
    links: () => [...links.values()],
    forChecks: () => [
      ...links.values(),
      { id: file.id, title: file.title, url: '', kind: 'dataset' },
    ],
  }
}

/** Where one imported file came from, as kept with it: the file, when, each record's row. */
export interface FileOrigin {
  file: string
  /** ISO moment of the import. */
  importedAt: string
  records: readonly { id: string; sources: readonly string[] }[]
  /** The row of each record in the file (parallel to `records`), when known. */
  recordRows?: readonly number[]
}

/** `29.11.2026`: the local day of an ISO moment, as Russian Excel and readers write it. */
function dayOf(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`
}

/** The file a record came from: `{ file, date, row }` for «Файл: …, загружен …, строка …». */
export function fileOriginOf(
  origins: readonly FileOrigin[],
  id: string,
): { file: string; date: string; row?: number } | undefined {
  for (const origin of origins) {
    const at = origin.records.findIndex((r) => r.id === id)
    if (at < 0) continue
    return {
      file: origin.file,
      date: dayOf(origin.importedAt),
      row: origin.recordRows?.[at],
    }
  }
  return undefined
}

/** The same as a note in both languages, for files that carry no source entry of their own. */
export function fileOriginNote(origin: {
  file: string
  date: string
  row?: number
}): LocalizedText {
  const row = origin.row === undefined ? '' : `, строка ${origin.row}`
  const rowEn = origin.row === undefined ? '' : `, row ${origin.row}`
  return {
    ru: `Файл: ${origin.file}, загружен ${origin.date}${row}`,
    en: `File: ${origin.file}, loaded ${origin.date}${rowEn}`,
  }
}

/** The id every record of a file cites for the file itself. */
export const isFileSourceId = (id: string): boolean => id.startsWith('file-')
