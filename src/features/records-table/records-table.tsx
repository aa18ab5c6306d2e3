import { useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

import {
  type PlaceSortKey,
  type SortDirection,
  keepInOrder,
  sortPlaces,
} from '@/domain/derive/sort-places'
import { type Place, indexById } from '@/domain/derive/places'
import { formatNumber, localized } from '@/shared/format/format'
import { PanelState } from '@/shared/ui/panel'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'
import { selectPlaces, selectVisiblePlaces } from '@/store/selectors'

const COLUMNS: readonly PlaceSortKey[] = ['name', 'kind', 'municipality', 'precision']

/**
 * Rows drawn at once. Every shown record has its row up to this many; beyond it the table
 * pages, because a DOM row per record stalls the page at 100,000 records.
 */
export const PAGE_SIZE = 100

/** Text alternative to the map: one row per shown enterprise, organisation, park or zone. */
export function RecordsTable() {
  const { t } = useTranslation()
  const datasets = useAppStore(selectDatasets)
  // New data is sorted in a background render, after the map and tiles are drawn: sorting
  // 100,000 names takes longer than the rest of the first view. Until then the table says
  // it is loading.
  const latestPlaces = useAppStore(selectPlaces)
  const allPlaces = useDeferredValue(latestPlaces)
  const places = useAppStore(selectVisiblePlaces)
  const status = useAppStore((s) => s.files.enterprises.status)
  const locale = useAppStore((s) => s.language)
  const selectedId = useAppStore((s) => s.selectedId)
  const select = useAppStore((s) => s.select)
  const [page, setPage] = useState(0)
  const [sort, setSort] = useState<{ key: PlaceSortKey; direction: SortDirection }>({
    key: 'name',
    direction: 'ascending',
  })
  const industries = useMemo(() => indexById(datasets.industries), [datasets.industries])
  const municipalities = useMemo(
    () => indexById(datasets.municipalities),
    [datasets.municipalities],
  )
  // Every place sorted once per column and language; a filter change only picks from it.
  const ordered = useMemo(() => {
    const label = (place: Place, key: 'name' | 'kind' | 'municipality') =>
      key === 'name'
        ? localized(place.record.name, locale)
        : key === 'kind'
          ? t(`kinds.${place.record.kind}`)
          : localized(municipalities.get(place.record.municipality ?? '')?.name, locale)
    return sortPlaces(allPlaces, sort.key, sort.direction, label, locale)
  }, [allPlaces, sort, locale, municipalities, t])
  const sorting = allPlaces !== latestPlaces
  const rows = useMemo(
    () => (sorting ? [] : keepInOrder(ordered, places)),
    [sorting, ordered, places],
  )
  if (status === 'loading' || status === 'idle' || sorting)
    return <PanelState kind="loading" />
  if (rows.length === 0) return <PanelState kind="empty" />
  const pages = Math.ceil(rows.length / PAGE_SIZE)
  const current = Math.min(page, pages - 1)
  const pageRows =
    pages > 1 ? rows.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE) : rows
  function toggleSort(key: PlaceSortKey) {
    setSort((current) => ({
      key,
      direction:
        current.key === key && current.direction === 'ascending'
          ? 'descending'
          : 'ascending',
    }))
  }
  return (
    <div className="table-scroll">
      <table className="records-table" data-testid="records-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th
                key={key}
                scope="col"
                aria-sort={sort.key === key ? sort.direction : 'none'}
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => toggleSort(key)}
                >
                  {t(`table.${key}`)}
                  <span aria-hidden="true">
                    {sort.key === key
                      ? sort.direction === 'ascending'
                        ? ' ▲'
                        : ' ▼'
                      : ''}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col">{t('table.industries')}</th>
          </tr>
        </thead>
        <tbody>
          {pageRows.map(({ record }) => (
            <tr
              key={record.id}
              data-record-id={record.id}
              aria-current={record.id === selectedId ? 'true' : undefined}
              className={record.id === selectedId ? 'is-selected' : undefined}
            >
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => select(record.id)}
                >
                  {localized(record.name, locale)}
                </button>
              </th>
              <td>{t(`kinds.${record.kind}`)}</td>
              <td>
                {record.municipality
                  ? localized(municipalities.get(record.municipality)?.name, locale) ||
                    record.municipality
                  : ''}
              </td>
              <td>{t(`precision.${record.location.precision}`)}</td>
              <td>
                {record.industries
                  .map((id) => localized(industries.get(id)?.label, locale) || id)
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav className="table-pager" aria-label={t('table.pages')}>
          <button
            type="button"
            className="button"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            {t('table.previous')}
          </button>
          <span role="status">
            {t('table.range', {
              from: formatNumber(current * PAGE_SIZE + 1, locale),
              to: formatNumber(Math.min(rows.length, (current + 1) * PAGE_SIZE), locale),
              total: formatNumber(rows.length, locale),
            })}
          </span>
          <button
            type="button"
            className="button"
            disabled={current === pages - 1}
            onClick={() => setPage(current + 1)}
          >
            {t('table.next')}
          </button>
        </nav>
      )}
    </div>
  )
}
