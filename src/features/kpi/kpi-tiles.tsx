import { useId } from 'react'
import { useTranslation } from 'react-i18next'

import type { HeadlineCounts } from '@/domain/derive/headline-counts'
import { formatNumber, localized } from '@/shared/format/format'
import { useAppStore } from '@/store/app-store'
import {
  selectHomeRegion,
  selectShownCounts,
  selectTotalCounts,
} from '@/store/count-selectors'
import { selectDatasets } from '@/store/file-selectors'

import './kpi.css'

const TILES = ['enterprises', 'parks', 'visits', 'events'] as const
type Tile = (typeof TILES)[number]

/**
 * The headline tiles: enterprises of the home region, parks and zones, visits from or to the
 * home region, and events, each under the filters (see `headlineCounts`), with «из N» when
 * the filters hide some and a tooltip saying exactly what the number counts.
 */
export function KpiTiles() {
  const { t } = useTranslation()
  // Numbers only: the tiles redraw when a count changes, not on every filter change.
  const shown = useAppStore(selectShownCounts)
  const total = useAppStore(selectTotalCounts)
  const regions = useAppStore((s) => selectDatasets(s).regions)
  const files = useAppStore((s) => s.files)
  const manifestStatus = useAppStore((s) => s.manifest.status)
  const home = useAppStore(selectHomeRegion)
  const locale = useAppStore((s) => s.language)
  const region = localized(regions.find((r) => r.id === home)?.name, locale) || home
  const idBase = useId()
  return (
    <ul className="kpi-tiles" aria-label={t('kpi.label')}>
      {TILES.map((kind) => {
        const status = manifestStatus === 'error' ? 'error' : files[kind].status
        const hint = t(`counting.tiles.${kind}Hint`, { region })
        const hintId = `${idBase}-${kind}`
        const ready = status === 'ready'
        const others = kind === 'enterprises' && ready ? shown.otherOrganisations : 0
        return (
          <li
            key={kind}
            className="kpi"
            data-testid={`kpi-${kind}`}
            aria-busy={status === 'loading'}
            title={hint}
            aria-describedby={hintId}
          >
            <span className="kpi__figure">
              <span className="kpi__value">
                {ready
                  ? formatNumber(shown[kind], locale)
                  : status === 'error'
                    ? '—'
                    : '…'}
              </span>
              <span className="kpi__label">{t(`counting.tiles.${kind}`)}</span>
            </span>
            <SecondLine
              kind={kind}
              ready={ready}
              shown={shown}
              total={total}
              others={others}
            />
            {status === 'error' && (
              <span className="kpi__note">{t('kpi.unavailable')}</span>
            )}
            <span id={hintId} className="visually-hidden">
              {hint}
            </span>
          </li>
        )
      })}
    </ul>
  )
}

interface SecondLineProps {
  kind: Tile
  ready: boolean
  shown: HeadlineCounts
  total: HeadlineCounts
  others: number
}

/** «из N» while the filters hide some, and the other organisations on the enterprises tile. */
function SecondLine({ kind, ready, shown, total, others }: SecondLineProps) {
  const { t } = useTranslation()
  const locale = useAppStore((s) => s.language)
  if (!ready) return null
  const hidden = shown[kind] !== total[kind]
  if (!hidden && others === 0) return null
  return (
    <span className="kpi__more">
      {hidden && (
        <span className="kpi__total">
          {t('counting.tiles.total', { total: formatNumber(total[kind], locale) })}
        </span>
      )}
      {others > 0 && (
        <span className="kpi__others">
          {t('counting.tiles.others', {
            count: others,
            formatted: formatNumber(others, locale),
          })}
        </span>
      )}
    </span>
  )
}
