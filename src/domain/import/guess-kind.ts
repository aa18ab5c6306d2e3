import { IMPORT_KINDS, type ImportKind } from './import-kinds'
import { autoMap } from './header-mapping'
import { normaliseKey } from './parse-values'

/** How the dataset was chosen: by the file's name, by its headers, or the default. */
export interface KindGuess {
  kind: ImportKind
  by: 'file-name' | 'headers' | 'default'
  /** Columns each dataset would map; the UI may show them to help the user confirm. */
  scores: Record<ImportKind, number>
}

const NAME_PATTERNS: readonly [RegExp, ImportKind][] = [
  [
    /(^|[^a-z])(enterprises?|compan(y|ies)|organi[sz]ations?)|предприят|организац/,
    'enterprises',
  ],
  [/(^|[^a-z])(parks?|zones?|sez)|парк|зон[аы]/, 'parks'],
  [/(^|[^a-z])visits?|визит|делегац/, 'visits'],
  [/(^|[^a-z])(events?|news)|событ|новост/, 'events'],
]

/** Fields that only one dataset has: a column naming one counts double. */
const TELLING: Record<ImportKind, readonly string[]> = {
  enterprises: ['inn', 'okved', 'park', 'industries', 'nameRu'],
  parks: ['areaHa', 'ownership'],
  visits: ['fromRegion', 'toRegion', 'delegation', 'hosts', 'sitesVisited', 'endDate'],
  events: ['eventType', 'relevance', 'entities', 'regions'],
}

/** The dataset a file name suggests (`enterprises*.csv`, `Предприятия 2025.xlsx`), if any. */
function kindFromFileName(name: string): ImportKind | undefined {
  const base = name.toLowerCase().replace(/\.[a-z0-9]+$/, '')
  for (const [pattern, kind] of NAME_PATTERNS) if (pattern.test(base)) return kind
  return undefined
}

/**
 * Guesses the dataset of a table: the file name first, then the headers (the dataset that maps
 * the most columns, telling ones counted double), else enterprises. The user confirms it.
 */
export function guessKind(fileName: string, headers: readonly string[]): KindGuess {
  const scores = {} as Record<ImportKind, number>
  for (const kind of IMPORT_KINDS) {
    const mapped = autoMap(headers, kind)
    scores[kind] = mapped.reduce(
      (sum, field) =>
        field === null ? sum : sum + (TELLING[kind].includes(field) ? 2 : 1),
      0,
    )
  }
  const named = kindFromFileName(normaliseKey(fileName) === '' ? '' : fileName)
  if (named) return { kind: named, by: 'file-name', scores }
  let best: ImportKind = 'enterprises'
  for (const kind of IMPORT_KINDS) if (scores[kind] > scores[best]) best = kind
  return { kind: best, by: scores[best] > 0 ? 'headers' : 'default', scores }
}
