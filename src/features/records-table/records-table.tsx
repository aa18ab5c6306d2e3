import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import { indexById, toPlaces } from '@/domain/derive/places'
import { localized } from '@/shared/format/format'
import { PanelState } from '@/shared/ui/panel'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/selectors'

/** Text alternative to the map: one row per enterprise, organisation, park or zone. */
export function RecordsTable() {
  const { t } = useTranslation()
  const datasets = useAppStore(selectDatasets)
  const status = useAppStore((s) => s.files.enterprises.status)
  const locale = useAppStore((s) => s.language)
  const selectedId = useAppStore((s) => s.selectedId)
  const select = useAppStore((s) => s.select)
  const places = useMemo(() => toPlaces(datasets), [datasets])
  const industries = useMemo(() => indexById(datasets.industries), [datasets.industries])
  const municipalities = useMemo(
    () => indexById(datasets.municipalities),
    [datasets.municipalities],
  )
  if (status === 'loading' || status === 'idle') return <PanelState kind="loading" />
  if (places.length === 0) return <PanelState kind="empty" />
  return (
    <div className="table-scroll">
      <table className="records-table" data-testid="records-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{t('table.kind')}</th>
            <th scope="col">{t('table.industries')}</th>
            <th scope="col">{t('table.municipality')}</th>
            <th scope="col">{t('table.precision')}</th>
          </tr>
        </thead>
        <tbody>
          {places.map(({ record }) => (
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
                {record.industries
                  .map((id) => localized(industries.get(id)?.label, locale) || id)
                  .join(', ')}
              </td>
              <td>
                {record.municipality
                  ? localized(municipalities.get(record.municipality)?.name, locale) ||
                    record.municipality
                  : ''}
              </td>
              <td>{t(`precision.${record.location.precision}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
