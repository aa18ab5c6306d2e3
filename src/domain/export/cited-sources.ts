import type { Source } from '../schema/reference'
import { type Locale, localized } from '@/shared/format/format'

import type { Translate } from './text'

/**
 * The sources the given records cite, most cited first (ties in the order first met), so a
 * short list names the sources that carry the view. Ids the source list does not know are
 * skipped here; the data-quality panel reports them.
 */
export function citedSources(
  records: Iterable<{ sources: readonly string[] }>,
  sources: readonly Source[],
): Source[] {
  const counts = new Map<string, number>()
  for (const { sources: ids } of records) {
    // A record citing a source twice counts once; no Set per record (150,000 at the scale).
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as string
      if (ids.indexOf(id) === i) counts.set(id, (counts.get(id) ?? 0) + 1)
    }
  }
  const byId = new Map(sources.map((s) => [s.id, s]))
  return [...counts.entries()]
    .map(([id, count], order) => ({ source: byId.get(id), count, order }))
    .filter((x): x is { source: Source; count: number; order: number } => !!x.source)
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map((x) => x.source)
}

/** At most this many titles on a stamp or a printed page; the rest are counted. */
const MAX_LISTED_SOURCES = 8

/**
 * Titles of the sources, the first `max` of them and then «и ещё N»: a stamp has room for a
 * few lines, and the full list is in the CSV and the record cards.
 */
export function describeSources(
  sources: readonly Source[],
  locale: Locale,
  t: Translate,
  max = MAX_LISTED_SOURCES,
): string[] {
  if (sources.length === 0) return [t('export.sources.none')]
  const lines = sources.slice(0, max).map((s) => {
    const title = localized(s.title, locale)
    return s.publisher ? `${title} (${s.publisher})` : title
  })
  if (sources.length > max)
    lines.push(t('export.sources.more', { count: sources.length - max }))
  return lines
}
