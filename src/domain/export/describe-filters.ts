import type { NarrowedKind } from '../filters/dimension-kit'
import { ANY_DIMENSIONS, DIMENSION_KEYS, type Filters } from '../filters/dimensions'
import type { Datasets } from '../schema/datasets'
import { type Locale, formatDate } from '@/shared/format/format'

import type { Translate } from './text'

export interface DescribeOptions {
  locale: Locale
  t: Translate
  /** The timeline cursor, when playback limits what the map shows. */
  cursor?: string | null
  /**
   * The kinds of record the exported view shows (all when absent): a dimension that narrows
   * none of them is left out, so a stamp lists only the filters that shaped what it is under.
   */
  shows?: readonly NarrowedKind[]
}

/**
 * The active filters as lines of plain text, for the stamp on an image and the printed brief,
 * where the chips of the filter bar are not there to read: one line per active dimension of
 * the filter table that narrows what the view shows, in its order. Ids become names in the
 * language of the export; an id the data does not know is shown as it is. No filter gives one
 * line saying so, and filters that are set but narrow nothing the view shows another, so a
 * reader never has to guess.
 */
export function describeFilters(
  filters: Filters,
  refs: Pick<Datasets, 'industries' | 'municipalities' | 'regions'>,
  { locale, t, cursor, shows }: DescribeOptions,
): string[] {
  const lines: string[] = []
  let skipped = false
  for (const key of DIMENSION_KEYS) {
    const { describe, stamp, narrows } = ANY_DIMENSIONS[key]
    const values = describe(filters, { locale, t, refs })
    if (!values) continue
    if (shows && !shows.some((kind) => narrows[kind] !== false)) skipped = true
    else lines.push(t(`export.filters.${stamp}`, values))
  }
  if (cursor)
    lines.push(t('export.filters.cursor', { date: formatDate(cursor, 'day', locale) }))
  if (lines.length > 0) return lines
  return [skipped ? t('counting.stampNotApplied') : t('export.filters.none')]
}
