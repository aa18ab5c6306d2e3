import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import { indexById } from '@/domain/derive/places'
import { relatedTo } from '@/domain/derive/related'
import { fileOriginOf, isFileSourceId } from '@/domain/import/import-sources'
import type { Datasets } from '@/domain/schema/datasets'
import type { Enterprise, Park } from '@/domain/schema/records'
import { type Locale, formatDate, localized } from '@/shared/format/format'
import { ExternalLink } from '@/shared/ui/external-link'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'

/** The selected enterprise or park: facts, position precision, confidence, sources, links. */
export function RecordDetails() {
  const { t } = useTranslation()
  const datasets = useAppStore(selectDatasets)
  const selectedId = useAppStore((s) => s.selectedId)
  const locale = useAppStore((s) => s.language)
  const record = useMemo(
    () =>
      selectedId
        ? (datasets.enterprises.find((r) => r.id === selectedId) ??
          datasets.parks.find((r) => r.id === selectedId))
        : undefined,
    [datasets, selectedId],
  )
  if (!record) return <p className="muted">{t('details.hint')}</p>
  return <PlaceDetails record={record} datasets={datasets} locale={locale} />
}

function PlaceDetails({
  record,
  datasets,
  locale,
}: {
  record: Enterprise | Park
  datasets: Datasets
  locale: Locale
}) {
  const { t } = useTranslation()
  const sources = useMemo(() => indexById(datasets.sources), [datasets.sources])
  const related = useMemo(() => relatedTo(datasets, record.id), [datasets, record.id])
  const industryLabels = record.industries.map(
    (id) => localized(datasets.industries.find((i) => i.id === id)?.label, locale) || id,
  )
  const municipality = datasets.municipalities.find((m) => m.id === record.municipality)
  const region = datasets.regions.find((r) => r.id === record.region)
  const park =
    'park' in record ? datasets.parks.find((p) => p.id === record.park) : undefined
  return (
    <article className="details" aria-live="polite">
      <h3 className="details__name">{localized(record.name, locale)}</h3>
      {record.shortName && <p className="muted">{localized(record.shortName, locale)}</p>}
      <dl className="details__facts">
        <dt>{t('details.kind')}</dt>
        <dd>{t(`kinds.${record.kind}`)}</dd>
        <dt>{t('details.industries')}</dt>
        <dd>{industryLabels.join(', ')}</dd>
        <dt>{t('details.place')}</dt>
        <dd>
          {[localized(municipality?.name, locale), localized(region?.name, locale)]
            .filter(Boolean)
            .join(', ') || '—'}
        </dd>
        {park && (
          <>
            <dt>{t('details.park')}</dt>
            <dd>{localized(park.name, locale)}</dd>
          </>
        )}
        {record.founded && (
          <>
            <dt>{t('details.founded')}</dt>
            <dd>
              {record.founded.year}
              {record.founded.note && ` (${localized(record.founded.note, locale)})`}
            </dd>
          </>
        )}
        {record.website && (
          <>
            <dt>{t('details.website')}</dt>
            <dd>
              <ExternalLink href={record.website}>{record.website}</ExternalLink>
            </dd>
          </>
        )}
        <dt>{t('details.position')}</dt>
        <dd>
          {t(`precision.${record.location.precision}`)}
          {record.location.note && ` — ${localized(record.location.note, locale)}`}
        </dd>
        <dt>{t('details.confidence')}</dt>
        <dd>
          {t(`confidence.${record.confidence.record}`)}
          {Object.entries(record.confidence)
            .filter(([field]) => field !== 'record')
            .map(
              ([field, level]) =>
                `; ${t(`confidenceField.${field as 'location'}`)}: ${t(`confidence.${level}`)}`,
            )
            .join('')}
        </dd>
        <dt>{t('details.origin')}</dt>
        <dd>{t(`origin.${record.origin}`)}</dd>
      </dl>
      {record.description && <p>{localized(record.description, locale)}</p>}
      {record.notes && <p className="muted">{localized(record.notes, locale)}</p>}
      <h4>{t('details.sources')}</h4>
      <ul className="details__sources">
        {record.sources.map((id) => {
          const source = sources.get(id)
          if (!source && isFileSourceId(id)) return <FileSource key={id} id={record.id} />
          if (!source) return <li key={id}>{id}</li>
          return (
            <li key={id}>
              <ExternalLink href={source.url}>
                {localized(source.title, locale)}
              </ExternalLink>
              {source.publisher && ` — ${source.publisher}`}
              {source.date &&
                `, ${formatDate(source.date, source.date.length === 7 ? 'month' : 'day', locale)}`}
            </li>
          )
        })}
      </ul>
      {related.visits.length + related.events.length > 0 && (
        <>
          <h4>{t('details.related')}</h4>
          <ul className="details__related">
            {related.visits.map((v) => (
              <li key={v.id}>
                {formatDate(v.date, v.datePrecision, locale)}:{' '}
                {localized(v.title, locale)}
              </li>
            ))}
            {related.events.map((e) => (
              <li key={e.id}>
                {formatDate(e.date, e.datePrecision, locale)}:{' '}
                {localized(e.title, locale)}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  )
}

/** «Файл: enterprises.xlsx, загружен 29.11.2026, строка 14»: the user's file a record came from. */
function FileSource({ id }: { id: string }) {
  const { t } = useTranslation()
  const imported = useAppStore((s) => s.imported)
  const origin = fileOriginOf(imported, id)
  if (!origin) return null
  return (
    <li data-testid="details-file-source">
      {origin.row === undefined
        ? t('importRest.fileSource', origin)
        : t('importRest.fileSourceRow', origin)}
    </li>
  )
}
