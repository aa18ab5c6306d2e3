import { ANY_DIMENSIONS, DIMENSION_KEYS, type Filters } from '../filters/dimensions'
import type { Datasets } from '../schema/datasets'
import { type Locale, formatDate } from '@/shared/format/format'

import type { Translate } from './text'

export interface DescribeOptions {
  locale: Locale
  t: Translate
  /** The timeline cursor, when playback limits what the map shows. */
  cursor?: string | null
}

/**
 * The active filters as lines of plain text, for the stamp on an image and the printed brief,
 * where the chips of the filter bar are not there to read: one line per active dimension of
 * the filter table, in its order. Ids become names in the language of the export; an id the
 * data does not know is shown as it is. No filter gives one line saying so, so a reader never
 * has to guess.
 */
export function describeFilters(
  filters: Filters,
  refs: Pick<Datasets, 'industries' | 'municipalities' | 'regions'>,
  { locale, t, cursor }: DescribeOptions,
): string[] {
  const lines: string[] = []
  for (const key of DIMENSION_KEYS) {
    const { describe, stamp } = ANY_DIMENSIONS[key]
    const values = describe(filters, { locale, t, refs })
    if (values) lines.push(t(`export.filters.${stamp}`, values))
  }
  if (cursor)
    lines.push(t('export.filters.cursor', { date: formatDate(cursor, 'day', locale) }))
  return lines.length > 0 ? lines : [t('export.filters.none')]
}
