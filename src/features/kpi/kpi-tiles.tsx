import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import { formatNumber } from '@/shared/format/format'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'
import {
  selectFilteredEvents,
  selectFilteredPlaces,
  selectFilteredVisits,
} from '@/store/selectors'

const TILES = ['enterprises', 'parks', 'visits', 'events'] as const

/** One tile per main dataset: the records the filters show, out of all records. */
export function KpiTiles() {
  const { t } = useTranslation()
  const datasets = useAppStore(selectDatasets)
  const places = useAppStore(selectFilteredPlaces)
  const visits = useAppStore(selectFilteredVisits)
  const events = useAppStore(selectFilteredEvents)
  const files = useAppStore((s) => s.files)
  const manifestStatus = useAppStore((s) => s.manifest.status)
  const locale = useAppStore((s) => s.language)
  const shown = useMemo(() => {
    let enterprises = 0
    for (const place of places) if (place.type === 'enterprise') enterprises++
    return {
      enterprises,
      parks: places.length - enterprises,
      visits: visits.length,
      events: events.length,
    }
  }, [places, visits, events])
  return (
    <ul className="kpi-tiles" aria-label={t('kpi.label')}>
      {TILES.map((kind) => {
        const status = manifestStatus === 'error' ? 'error' : files[kind].status
        const total = datasets[kind].length
        return (
          <li
            key={kind}
            className="kpi"
            data-testid={`kpi-${kind}`}
            aria-busy={status === 'loading'}
          >
            <span className="kpi__figure">
              <span className="kpi__value">
                {status === 'ready'
                  ? formatNumber(shown[kind], locale)
                  : status === 'error'
                    ? '—'
                    : '…'}
              </span>
              {status === 'ready' && shown[kind] !== total && (
                <span className="kpi__total">
                  {' '}
                  {t('kpi.of')} {formatNumber(total, locale)}
                </span>
              )}
            </span>
            <span className="kpi__label">{t(`kpi.${kind}`)}</span>
            {status === 'error' && (
              <span className="kpi__note">{t('kpi.unavailable')}</span>
            )}
          </li>
        )
      })}
    </ul>
  )
}
