import { DEFAULT_RELEVANCE, type Filters } from '../filters/filters'
import type { Relevance } from '../schema/records'
import type { Datasets } from '../schema/datasets'
import { type Locale, formatDate, localized } from '@/shared/format/format'

import type { Translate } from './text'

const ALL_RELEVANCE: readonly Relevance[] = [
  'smolensk-industry',
  'neighbour-industry',
  'neighbour-other',
  'none',
]

export interface DescribeOptions {
  locale: Locale
  t: Translate
  /** The timeline cursor, when playback limits what the map shows. */
  cursor?: string | null
}

/**
 * The active filters as lines of plain text, for the stamp on an image and the printed brief,
 * where the chips of the filter bar are not there to read. Ids become names in the language
 * of the export; an id the data does not know is shown as it is. No filter gives one line
 * saying so, so a reader never has to guess.
 */
export function describeFilters(
  filters: Filters,
  refs: Pick<Datasets, 'industries' | 'municipalities' | 'regions'>,
  { locale, t, cursor }: DescribeOptions,
): string[] {
  const formatDay = (iso: string) => formatDate(iso, 'day', locale)
  const names = <T extends { id: string }>(
    records: readonly T[],
    ids: readonly string[],
    text: (record: T) => { ru: string; en?: string },
  ) =>
    ids
      .map((id) => {
        const found = records.find((r) => r.id === id)
        return found ? localized(text(found), locale) : id
      })
      .join(', ')
  const lines: string[] = []
  if (filters.industries.length > 0)
    lines.push(
      t('export.filters.industries', {
        list: names(refs.industries, filters.industries, (r) => r.label),
      }),
    )
  if (filters.municipalities.length > 0)
    lines.push(
      t('export.filters.municipalities', {
        list: names(refs.municipalities, filters.municipalities, (r) => r.name),
      }),
    )
  if (filters.regions.length > 0)
    lines.push(
      t('export.filters.regions', {
        list: names(refs.regions, filters.regions, (r) => r.name),
      }),
    )
  if (filters.kinds.length > 0)
    lines.push(
      t('export.filters.kinds', {
        list: filters.kinds.map((kind) => t(`kinds.${kind}`)).join(', '),
      }),
    )
  if (filters.from || filters.to) {
    const open = t('export.filters.open')
    lines.push(
      t('export.filters.period', {
        from: filters.from ? formatDay(filters.from) : open,
        to: filters.to ? formatDay(filters.to) : open,
      }),
    )
  }
  const q = filters.q.trim()
  if (q) lines.push(t('export.filters.q', { q }))
  if (!sameSet(filters.relevance, DEFAULT_RELEVANCE)) {
    const shown = filters.relevance.length > 0 ? filters.relevance : ALL_RELEVANCE
    lines.push(
      t('export.filters.relevance', {
        list: shown.map((r) => t(`export.relevance.${r}`)).join(', '),
      }),
    )
  }
  if (cursor) lines.push(t('export.filters.cursor', { date: formatDay(cursor) }))
  return lines.length > 0 ? lines : [t('export.filters.none')]
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x))
}
