import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import { type PickedDimension, countedKinds } from '@/domain/filters/option-counts'
import { normaliseText } from '@/domain/filters/text'
import { localized } from '@/shared/format/format'
import { useAppStore } from '@/store/app-store'
import { selectOptionCounts } from '@/store/count-selectors'
import { selectDatasets } from '@/store/file-selectors'

/** One value the «Добавить фильтр» list offers. */
export interface FilterOption {
  /** Unique in the list: `dimension:value`, also the base of the element id. */
  key: string
  dimension: PickedDimension
  value: string
  label: string
  count: number
  /** The count in words («12 записей»), read after the label as part of the option's name. */
  amount: string
}

export interface FilterOptionGroup {
  dimension: PickedDimension
  label: string
  options: FilterOption[]
}

/** The dimensions the list offers, in the order of its groups, with their labels. */
export const PICKED = [
  {
    dimension: 'industries',
    label: 'filters.industry',
    chip: 'filterbar.chipOf.industries',
  },
  {
    dimension: 'municipalities',
    label: 'filters.municipality',
    chip: 'filterbar.chipOf.municipalities',
  },
  { dimension: 'regions', label: 'filters.region', chip: 'filterbar.chipOf.regions' },
] as const satisfies readonly {
  dimension: PickedDimension
  label: string
  chip: string
}[]

/**
 * The values not yet chosen, grouped by dimension, each with the number of records it would
 * leave (`selectOptionCounts`); values that would leave none come last in their group. Counted
 * only while `active` (the list is open): closed, it reads nothing that a filter change moves,
 * so a filter change neither counts nor redraws it.
 */
export function useFilterOptionGroups(active: boolean): FilterOptionGroup[] {
  const { t } = useTranslation()
  const datasets = useAppStore(selectDatasets)
  const filters = useAppStore((s) => (active ? s.filters : null))
  const locale = useAppStore((s) => s.language)
  return useMemo(() => {
    if (!filters) return []
    // Counted while drawing, not in the store's subscription: picking an option changes the
    // filters while the list is still open, and the list then closes without counting them.
    const counts = selectOptionCounts(useAppStore.getState())
    const values: Record<PickedDimension, { id: string; label: string }[]> = {
      industries: datasets.industries.map((i) => ({
        id: i.id,
        label: localized(i.label, locale),
      })),
      municipalities: datasets.municipalities.map((m) => ({
        id: m.id,
        label: localized(m.name, locale),
      })),
      regions: datasets.regions
        .filter((r) => r.role !== 'home')
        .map((r) => ({ id: r.id, label: localized(r.name, locale) })),
    }
    return PICKED.map(({ dimension, label }) => {
      const open = values[dimension].filter((v) => !filters[dimension].includes(v.id))
      const countOf = counts[dimension]
      const noun = countedKinds(dimension).some((k) => k === 'visits' || k === 'events')
        ? 'filterbar.records'
        : 'filterbar.places'
      const options = open.map(({ id, label: text }): FilterOption => {
        const count = countOf(id)
        return {
          key: `${dimension}:${id}`,
          dimension,
          value: id,
          label: text,
          count,
          amount: t(noun, { count }),
        }
      })
      // Stable: values that leave records keep the dataset's order, the rest follow.
      options.sort((a, b) => Number(a.count === 0) - Number(b.count === 0))
      return { dimension, label: t(label), options }
    })
  }, [datasets, filters, locale, t])
}

/** The groups narrowed to the options whose label contains the text (any case, ё as е). */
export function matchingGroups(
  groups: readonly FilterOptionGroup[],
  text: string,
): FilterOptionGroup[] {
  const needle = normaliseText(text)
  if (!needle) return groups.filter((g) => g.options.length > 0)
  return groups
    .map((g) => ({
      ...g,
      options: g.options.filter((o) => normaliseText(o.label).includes(needle)),
    }))
    .filter((g) => g.options.length > 0)
}
