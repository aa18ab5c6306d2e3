import { citedSources, describeSources } from '@/domain/export/cited-sources'
import { describeFilters } from '@/domain/export/describe-filters'
import type { NarrowedKind } from '@/domain/filters/dimension-kit'
import type { Translate } from '@/domain/export/text'
import type { Filters } from '@/domain/filters/filters'
import type { Datasets } from '@/domain/schema/datasets'
import { type Locale, formatDate, localized } from '@/shared/format/format'
import type { ManifestState } from '@/store/datasets-slice'

/** What a stamp or a printed page says about the view: which data, which filters, which sources. */
export interface Brief {
  title: string
  /** «Данные на 24 ноября 2026»; empty while the manifest loads. */
  updated: string
  filters: string[]
  sources: string[]
}

export interface BriefInput {
  manifest: ManifestState
  datasets: Pick<Datasets, 'industries' | 'municipalities' | 'regions' | 'sources'>
  filters: Filters
  cursor: string | null
  /** The kinds of record the view shows: only filters that narrow them are listed (all when absent). */
  shows?: readonly NarrowedKind[]
  /** The records the view shows; their sources are listed. */
  records: Iterable<{ sources: readonly string[] }>
  locale: Locale
  t: Translate
}

/** The brief of a view, in the interface language. */
export function makeBrief({
  manifest,
  datasets,
  filters,
  cursor,
  shows,
  records,
  locale,
  t,
}: BriefInput): Brief {
  const ready = manifest.status === 'ready' ? manifest.manifest : undefined
  return {
    title: ready ? localized(ready.title, locale) : t('app.name'),
    updated: ready
      ? t('export.stamp.updated', { date: formatDate(ready.updated, 'day', locale) })
      : '',
    filters: describeFilters(filters, datasets, {
      locale,
      t,
      cursor,
      shows,
    }),
    sources: describeSources(citedSources(records, datasets.sources), locale, t),
  }
}
