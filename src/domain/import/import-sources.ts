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
