import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import { FilterBar } from '@/features/filters/filter-bar'
import { toFilterChips } from '@/features/filters/filter-chips'
import { Sheet } from '@/shared/ui/sheet'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'

import { RecordDetails } from './lazy-panels'

/** The phone header's one button to the filters, with the number of active values. */
export function FiltersButton({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation()
  const filters = useAppStore((s) => s.filters)
  const datasets = useAppStore(selectDatasets)
  const locale = useAppStore((s) => s.language)
  const count = useMemo(
    () => toFilterChips(filters, datasets, locale, t as (k: string) => string).length,
    [filters, datasets, locale, t],
  )
  return (
    <button
      type="button"
      className="button filters-button"
      onClick={onOpen}
      data-testid="filters-button"
    >
      {count > 0 ? t('layout.filtersButtonActive', { count }) : t('layout.filtersButton')}
    </button>
  )
}

/** On a phone the filters live in a sheet that covers the page until closed. */
export function FiltersSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <Sheet
      open={open}
      modal
      title={t('layout.filtersSheet')}
      closeLabel={t('layout.close')}
      onClose={onClose}
      testId="filters-sheet"
    >
      <FilterBar />
    </Sheet>
  )
}

/** On a phone a picked record's card rises from the bottom over the map. */
export function DetailsSheet() {
  const { t } = useTranslation()
  const selected = useAppStore((s) => s.selectedId)
  const select = useAppStore((s) => s.select)
  return (
    <Sheet
      open={selected !== null}
      title={t('layout.detailsSheet')}
      closeLabel={t('layout.close')}
      onClose={() => select(null)}
      testId="details"
    >
      <RecordDetails />
    </Sheet>
  )
}
