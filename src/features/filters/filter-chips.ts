import { type Filters, DEFAULT_RELEVANCE } from '@/domain/filters/filters'
import type { Datasets } from '@/domain/schema/datasets'
import { type Locale, formatDate, localized } from '@/shared/format/format'

type ListKey = 'industries' | 'municipalities' | 'kinds' | 'regions'

/** One active filter value, shown as a removable chip. */
export interface FilterChip {
  key: ListKey | 'period' | 'q' | 'relevance'
  value: string
  label: string
}

/** The chips for the active filters, labelled in the interface language. */
export function toFilterChips(
  filters: Filters,
  datasets: Pick<Datasets, 'industries' | 'municipalities' | 'regions'>,
  locale: Locale,
  t: (key: string, options?: Record<string, unknown>) => string,
): FilterChip[] {
  const name = <T extends { id: string }>(
    list: readonly T[],
    id: string,
    get: (x: T) => string,
  ) => {
    const found = list.find((x) => x.id === id)
    return found ? get(found) : id
  }
  const chips: FilterChip[] = [
    ...filters.industries.map((id) => ({
      key: 'industries' as const,
      value: id,
      label: name(datasets.industries, id, (x) => localized(x.label, locale)),
    })),
    ...filters.municipalities.map((id) => ({
      key: 'municipalities' as const,
      value: id,
      label: name(datasets.municipalities, id, (x) => localized(x.name, locale)),
    })),
    ...filters.regions.map((id) => ({
      key: 'regions' as const,
      value: id,
      label: name(datasets.regions, id, (x) => localized(x.name, locale)),
    })),
    ...filters.kinds.map((kind) => ({
      key: 'kinds' as const,
      value: kind,
      label: t(`kinds.${kind}`),
    })),
  ]
  if (filters.from || filters.to) {
    const from = filters.from ? formatDate(filters.from, 'day', locale) : '…'
    const to = filters.to ? formatDate(filters.to, 'day', locale) : '…'
    chips.push({ key: 'period', value: '', label: `${from} — ${to}` })
  }
  if (filters.q.trim())
    chips.push({ key: 'q', value: '', label: `«${filters.q.trim()}»` })
  const relevance = [...filters.relevance].sort().join(',')
  if (relevance !== [...DEFAULT_RELEVANCE].sort().join(','))
    chips.push({ key: 'relevance', value: '', label: t('filters.relevanceWide') })
  return chips
}
