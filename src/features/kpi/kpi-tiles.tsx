import { useTranslation } from 'react-i18next'

import { formatNumber } from '@/shared/format/format'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/selectors'

const TILES = ['enterprises', 'parks', 'visits', 'events'] as const

/** One tile per main dataset with the number of records shown. */
export function KpiTiles() {
  const { t } = useTranslation()
  const datasets = useAppStore(selectDatasets)
  const files = useAppStore((s) => s.files)
  const manifestStatus = useAppStore((s) => s.manifest.status)
  const locale = useAppStore((s) => s.language)
  return (
    <ul className="kpi-tiles" aria-label={t('kpi.label')}>
      {TILES.map((kind) => {
        const status = manifestStatus === 'error' ? 'error' : files[kind].status
        return (
          <li
            key={kind}
            className="kpi"
            data-testid={`kpi-${kind}`}
            aria-busy={status === 'loading'}
          >
            <span className="kpi__value">
              {status === 'ready'
                ? formatNumber(datasets[kind].length, locale)
                : status === 'error'
                  ? '—'
                  : '…'}
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
