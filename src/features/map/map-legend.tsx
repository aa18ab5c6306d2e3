import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { localized } from '@/shared/format/format'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'
import { selectPlacesWithout } from '@/store/selectors'

import { safeColour } from './marker-icons'

/** What the legend counts: places under every filter but the industry pick, as the chart. */
const selectCounted = selectPlacesWithout('industries')
const NONE: readonly never[] = []

/**
 * Industries with their colours and how many places each has under the filters (its own pick
 * aside, so an unpicked industry still says what picking it adds); each entry also switches its
 * industry filter. A picked industry stays listed, with 0, so it can be unpicked. Folded, the
 * legend lists no industries and counts nothing: a filter change does not reach it.
 */
export function MapLegend() {
  const { t } = useTranslation()
  const locale = useAppStore((s) => s.language)
  const { industries } = useAppStore(selectDatasets)
  const [open, setOpen] = useState(false)
  const places = useAppStore((s) => (open ? selectCounted(s) : NONE))
  const chosen = useAppStore((s) => (open ? s.filters.industries : NONE))
  const municipal = useAppStore((s) => s.layers.municipal)
  const toggleFilterValue = useAppStore((s) => s.toggleFilterValue)
  const setFilter = useAppStore((s) => s.setFilter)
  const counts = useMemo(() => {
    const map = new Map<string, number>()
    for (const place of places) {
      for (const id of place.record.industries) map.set(id, (map.get(id) ?? 0) + 1)
    }
    return map
  }, [places])
  const present = industries.filter((i) => counts.has(i.id) || chosen.includes(i.id))
  return (
    // Folded by default: open, it would cover a good part of the map.
    <details
      className="map-legend"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="map-legend__title">{t('map.legend')}</summary>
      <ul className="map-legend__symbols">
        <li>
          <svg width="18" height="18" aria-hidden="true">
            <circle
              cx="9"
              cy="9"
              r="6"
              fill="#5f6b77"
              stroke="#1b1f24"
              strokeWidth="1.5"
            />
          </svg>
          {t('map.symbol.enterprise')}
        </li>
        <li>
          <svg width="18" height="18" aria-hidden="true">
            <rect
              x="3"
              y="3"
              width="12"
              height="12"
              rx="2"
              fill="#5f6b77"
              stroke="#1b1f24"
              strokeWidth="1.5"
            />
          </svg>
          {t('map.symbol.park')}
        </li>
        <li>
          <svg width="18" height="18" aria-hidden="true">
            <circle
              cx="9"
              cy="9"
              r="6"
              fill="#fff"
              stroke="#5f6b77"
              strokeWidth="2.5"
              strokeDasharray="3 2"
            />
          </svg>
          {t('map.symbol.approximate')}
        </li>
        <li>
          <svg width="18" height="18" aria-hidden="true">
            <path d="M2 13 Q9 2 16 9" fill="none" stroke="#7a2e8e" strokeWidth="3" />
          </svg>
          {t('map.symbol.flow')}
        </li>
        {municipal && (
          <li>
            <svg width="18" height="18" aria-hidden="true">
              <circle
                cx="9"
                cy="9"
                r="8"
                fill="#1f5fa8"
                stroke="#0b3d6e"
                strokeWidth="1.5"
              />
            </svg>
            {t('map.municipal.legend')}
          </li>
        )}
      </ul>
      {open && (
        <ul className="map-legend__industries" aria-label={t('map.industryFilter')}>
          {present.map((industry) => (
            <li key={industry.id}>
              <button
                type="button"
                className="legend-toggle"
                aria-pressed={chosen.includes(industry.id)}
                onClick={() => toggleFilterValue('industries', industry.id)}
                data-industry={industry.id}
              >
                <span
                  className="legend-toggle__swatch"
                  style={{ background: safeColour(industry.colour) }}
                  aria-hidden="true"
                />
                {localized(industry.label, locale)}{' '}
                <span className="legend-toggle__count">
                  {counts.get(industry.id) ?? 0}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen.length > 0 && (
        <button
          type="button"
          className="button"
          onClick={() => setFilter('industries', [])}
        >
          {t('map.showAllIndustries')}
        </button>
      )}
    </details>
  )
}
