import {
  ANY_DIMENSIONS,
  DIMENSION_KEYS,
  type DimensionKey,
  type Filters,
} from '@/domain/filters/dimensions'
import type { Datasets } from '@/domain/schema/datasets'
import type { Locale } from '@/shared/format/format'

/** One active filter value, shown as a removable chip. */
export interface FilterChip {
  /** The dimension of the filter table the chip belongs to. */
  key: DimensionKey
  value: string
  label: string
}

/** The chips for the active filters, labelled in the interface language, in table order. */
export function toFilterChips(
  filters: Filters,
  datasets: Pick<Datasets, 'industries' | 'municipalities' | 'regions'>,
  locale: Locale,
  t: (key: string, options?: Record<string, unknown>) => string,
): FilterChip[] {
  return DIMENSION_KEYS.flatMap((key) =>
    ANY_DIMENSIONS[key]
      .chips(filters, { locale, t, refs: datasets })
      .map((chip) => ({ key, ...chip })),
  )
}

/** The filters once the chip is removed. */
export function withoutChip(filters: Filters, chip: FilterChip): Filters {
  return { ...filters, ...ANY_DIMENSIONS[chip.key].withoutChip(filters, chip.value) }
}
