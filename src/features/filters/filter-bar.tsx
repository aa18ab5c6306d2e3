import { type ChangeEvent, Fragment, type ReactNode, useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import { ALL_RELEVANCE, DEFAULT_RELEVANCE } from '@/domain/filters/dimension-kit'
import type { DimensionKey } from '@/domain/filters/dimensions'
import { hasActiveFilters } from '@/domain/filters/filter-values'
import { localized } from '@/shared/format/format'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'

import { CopyLinkButton } from './copy-link-button'
import { type FilterChip, toFilterChips, withoutChip } from './filter-chips'

/** Search, filter pickers, chips of the active filters and one «Сбросить». */
export function FilterBar() {
  const { t } = useTranslation()
  const datasets = useAppStore(selectDatasets)
  const filters = useAppStore((s) => s.filters)
  const locale = useAppStore((s) => s.language)
  const toggle = useAppStore((s) => s.toggleFilterValue)
  const setFilter = useAppStore((s) => s.setFilter)
  const setPeriod = useAppStore((s) => s.setPeriod)
  const applyFilters = useAppStore((s) => s.applyFilters)
  const reset = useAppStore((s) => s.resetFilters)
  const chips = useMemo(
    () => toFilterChips(filters, datasets, locale, t as (k: string) => string),
    [filters, datasets, locale, t],
  )
  const partnerRegions = datasets.regions.filter((r) => r.role !== 'home')
  const wide = filters.relevance.length === ALL_RELEVANCE.length

  function pick(key: 'industries' | 'municipalities' | 'regions') {
    return (event: ChangeEvent<HTMLSelectElement>) => {
      if (event.target.value) toggle(key, event.target.value)
      event.target.value = ''
    }
  }
  function removeChip(chip: FilterChip) {
    applyFilters(withoutChip(filters, chip))
  }

  // The picker of every dimension of the filter table, in the order they are shown; `null`
  // for a dimension picked elsewhere (kinds: the map legend).
  const pickers = {
    q: (
      <label className="field field--search">
        <span className="field__label">{t('filters.search')}</span>
        <input
          type="search"
          value={filters.q}
          placeholder={t('filters.searchPlaceholder')}
          onChange={(event) => setFilter('q', event.target.value)}
          data-testid="filter-search"
        />
      </label>
    ),
    industries: (
      <IdPicker
        label={t('filters.industry')}
        testId="filter-industry"
        options={datasets.industries.map((i) => ({
          id: i.id,
          label: localized(i.label, locale),
        }))}
        chosen={filters.industries}
        onPick={pick('industries')}
      />
    ),
    municipalities: (
      <IdPicker
        label={t('filters.municipality')}
        testId="filter-municipality"
        options={datasets.municipalities.map((m) => ({
          id: m.id,
          label: localized(m.name, locale),
        }))}
        chosen={filters.municipalities}
        onPick={pick('municipalities')}
      />
    ),
    regions: (
      <IdPicker
        label={t('filters.region')}
        testId="filter-region"
        options={partnerRegions.map((r) => ({
          id: r.id,
          label: localized(r.name, locale),
        }))}
        chosen={filters.regions}
        onPick={pick('regions')}
      />
    ),
    period: (
      <>
        <label className="field">
          <span className="field__label">{t('filters.from')}</span>
          <input
            type="date"
            value={filters.from ?? ''}
            max={filters.to ?? undefined}
            onChange={(event) => setPeriod(event.target.value || null, filters.to)}
            data-testid="filter-from"
          />
        </label>
        <label className="field">
          <span className="field__label">{t('filters.to')}</span>
          <input
            type="date"
            value={filters.to ?? ''}
            min={filters.from ?? undefined}
            onChange={(event) => setPeriod(filters.from, event.target.value || null)}
            data-testid="filter-to"
          />
        </label>
      </>
    ),
    kinds: null,
    relevance: (
      <label className="check">
        <input
          type="checkbox"
          checked={wide}
          onChange={() =>
            setFilter('relevance', wide ? DEFAULT_RELEVANCE : ALL_RELEVANCE)
          }
        />
        {t('filters.relevanceWide')}
      </label>
    ),
  } satisfies Record<DimensionKey, ReactNode>

  return (
    <section
      className="filter-bar"
      aria-label={t('filters.label')}
      data-testid="filter-bar"
    >
      <div className="filter-bar__controls">
        {Object.entries(pickers).map(([key, picker]) => (
          <Fragment key={key}>{picker}</Fragment>
        ))}
      </div>
      <div className="filter-bar__chips">
        <ul className="chips" aria-label={t('filters.active')}>
          {chips.map((chip) => (
            <li key={`${chip.key}:${chip.value}`} className="chip">
              <span>{chip.label}</span>
              <button
                type="button"
                className="chip__remove"
                aria-label={t('filters.remove', { label: chip.label })}
                onClick={() => removeChip(chip)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        {hasActiveFilters(filters) && (
          <button
            type="button"
            className="button"
            onClick={reset}
            data-testid="filter-reset"
          >
            {t('filters.reset')}
          </button>
        )}
        <CopyLinkButton />
      </div>
    </section>
  )
}

interface IdPickerProps {
  label: string
  testId: string
  options: readonly { id: string; label: string }[]
  chosen: readonly string[]
  onPick: (event: ChangeEvent<HTMLSelectElement>) => void
}

/** A «— добавить —» select that adds one id to a list filter; chosen ids are disabled. */
function IdPicker({ label, testId, options, chosen, onPick }: IdPickerProps) {
  const { t } = useTranslation()
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select onChange={onPick} defaultValue="" data-testid={testId}>
        <option value="">{t('filters.add')}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id} disabled={chosen.includes(option.id)}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}
