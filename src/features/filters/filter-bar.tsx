import { type ReactNode, useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import { ALL_RELEVANCE, DEFAULT_RELEVANCE } from '@/domain/filters/dimension-kit'
import type { DimensionKey } from '@/domain/filters/dimensions'
import { hasActiveFilters } from '@/domain/filters/filter-values'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'
import {
  selectFilteredEvents,
  selectFilteredPlaces,
  selectFilteredVisits,
  selectPlaces,
} from '@/store/selectors'

import { AddFilter } from './add-filter'
import { CopyLinkButton } from './copy-link-button'
import { type FilterChip, toFilterChips, withoutChip } from './filter-chips'
import { PICKED } from './filter-options'
import { PeriodInputs } from './period-inputs'
import './filters.css'

/**
 * One row: search · «+ Добавить фильтр» · the period · «Ещё» (neighbouring regions' news) ·
 * copy link · the chips of the active filters and «Сбросить». The pickers keep their places
 * while filters come and go: the chips take the room left at the end of the row (and wrap
 * within it only when many are on), so a filter change moves neither the pickers nor the
 * panels under the bar. The bar stacks in a narrow container (the phone sheet).
 */
export function FilterBar() {
  const { t } = useTranslation()
  const datasets = useAppStore(selectDatasets)
  const filters = useAppStore((s) => s.filters)
  const locale = useAppStore((s) => s.language)
  const setFilter = useAppStore((s) => s.setFilter)
  const applyFilters = useAppStore((s) => s.applyFilters)
  const reset = useAppStore((s) => s.resetFilters)
  const noRecords = useAppStore(
    (s) =>
      selectPlaces(s).length +
        selectDatasets(s).visits.length +
        selectDatasets(s).events.length >
        0 &&
      selectFilteredPlaces(s).length +
        selectFilteredVisits(s).length +
        selectFilteredEvents(s).length ===
        0,
  )
  const chips = useMemo(
    () => toFilterChips(filters, datasets, locale, t as (k: string) => string),
    [filters, datasets, locale, t],
  )
  const wide = filters.relevance.length === ALL_RELEVANCE.length
  const active = hasActiveFilters(filters)

  function chipLabel(chip: FilterChip): string {
    const picked = PICKED.find((p) => p.dimension === chip.key)
    return picked
      ? t('filterbar.chip', { dimension: t(picked.chip), value: chip.label })
      : chip.label
  }

  // The picker of every dimension of the filter table, in the order they are shown; `null`
  // for a dimension picked elsewhere (kinds: the map legend; industries, municipalities and
  // regions: the one «Добавить фильтр» list).
  const pickers = {
    q: (
      <input
        key="q"
        type="search"
        className="filter-bar__search"
        aria-label={t('filters.search')}
        value={filters.q}
        placeholder={t('filters.searchPlaceholder')}
        onChange={(event) => setFilter('q', event.target.value)}
        data-testid="filter-search"
      />
    ),
    industries: null,
    municipalities: null,
    regions: null,
    period: <PeriodInputs key="period" />,
    kinds: null,
    relevance: (
      <details key="relevance" className="filter-bar__more">
        <summary className="button" title={t('filterbar.moreOptions')}>
          {t('filterbar.more')}
          {wide && <span className="filter-bar__dot" aria-hidden="true" />}
        </summary>
        <div className="filter-bar__more-body">
          <label className="check">
            <input
              type="checkbox"
              checked={wide}
              onChange={() =>
                setFilter('relevance', wide ? DEFAULT_RELEVANCE : ALL_RELEVANCE)
              }
              data-testid="filter-relevance"
            />
            {t('filters.relevanceWide')}
          </label>
        </div>
      </details>
    ),
  } satisfies Record<DimensionKey, ReactNode>

  return (
    <section
      className="filter-bar filter-bar--compact"
      aria-label={t('filters.label')}
      data-testid="filter-bar"
    >
      {pickers.q}
      <AddFilter />
      {pickers.period}
      {pickers.relevance}
      <CopyLinkButton />
      <p role="status" className="filter-bar__notice">
        {noRecords ? t('filterbar.noRecords') : ''}
      </p>
      <div className={activeClass(chips.length, active)}>
        <ul className="chips filter-bar__chips" aria-label={t('filters.active')}>
          {chips.map((chip) => {
            const label = chipLabel(chip)
            const remove = t('filters.remove', { label })
            return (
              <li key={`${chip.key}:${chip.value}`}>
                <button
                  type="button"
                  className="chip"
                  aria-label={remove}
                  title={remove}
                  onClick={() => applyFilters(withoutChip(filters, chip))}
                >
                  <span className="chip__label">{label}</span>
                  <span className="chip__x" aria-hidden="true">
                    ×
                  </span>
                </button>
              </li>
            )
          })}
        </ul>
        {active && (
          <button
            type="button"
            className="button filter-bar__reset"
            onClick={reset}
            data-testid="filter-reset"
          >
            {t('filters.reset')}
          </button>
        )}
      </div>
    </section>
  )
}

/** More chips than share the row's end with «Сбросить» take a row of their own. */
const CHIPS_AT_ROW_END = 2

function activeClass(chips: number, active: boolean): string {
  if (chips === 0 && !active) return 'filter-bar__active is-empty'
  return chips > CHIPS_AT_ROW_END ? 'filter-bar__active is-many' : 'filter-bar__active'
}
