import { divIcon } from 'leaflet'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Marker, Tooltip } from 'react-leaflet'

import { municipalSymbols, symbolRadius } from '@/domain/charts/municipal-symbols'
import { formatNumber, localized } from '@/shared/format/format'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'
import { selectPlacesWithout } from '@/store/selectors'

import { useTouchOnly } from './use-touch-only'

/** Symbols stay above the place markers they summarise, so each can be pressed. */
const SYMBOLS_ABOVE_MARKERS = 1000

/** Pixels left between two symbols at one centre (a city and the okrug around it). */
const SHARED_CENTRE_GAP = 3

/** What the symbols count: places under every filter but the municipality, as the chart. */
const selectCounted = selectPlacesWithout('municipalities')

/**
 * The municipal view: a proportional symbol at each municipal centre, sized by how many
 * enterprises and parks the municipality has under the filters (its own pick aside, as in the
 * municipality chart) and labelled with the count; a click toggles that municipality in the
 * filter. No boundaries are drawn: open municipal boundaries are not
 * available offline, and none are invented.
 */
export function MunicipalLayer() {
  const places = useAppStore(selectCounted)
  const { t } = useTranslation()
  const locale = useAppStore((s) => s.language)
  const { municipalities, industries } = useAppStore(selectDatasets)
  const chosen = useAppStore((s) => s.filters.municipalities)
  const toggleFilterValue = useAppStore((s) => s.toggleFilterValue)
  const touchOnly = useTouchOnly()
  const symbols = useMemo(
    () => municipalSymbols(places, municipalities),
    [places, municipalities],
  )
  const industryNames = useMemo(
    () => new Map(industries.map((i) => [i.id, i.label])),
    [industries],
  )
  const largest = symbols[0]?.count ?? 1
  // Per centre: how far out (px, along the diagonal) the next symbol there must sit.
  const taken = new Map<string, number>()
  return (
    <>
      {symbols.map((symbol) => {
        const key = `${symbol.centre.lat},${symbol.centre.lon}`
        const radius = Math.round(symbolRadius(symbol.count, largest))
        // Symbols come largest first: a later one at the same centre sits beside the earlier
        // ones, touching but not covering them, so each can be read and pressed.
        const before = taken.get(key)
        const distance = before === undefined ? 0 : before + radius
        const shift = Math.round(distance / Math.SQRT2)
        taken.set(key, distance + radius + SHARED_CENTRE_GAP)
        const size = radius * 2
        const selected = chosen.includes(symbol.id)
        // Only numbers, fixed class names and the id go into the icon's HTML; ids are checked
        // on load to hold letters, digits, `.`, `_` and `-` only.
        const icon = divIcon({
          className: `municipal-symbol${selected ? ' municipal-symbol--selected' : ''}`,
          html: `<span class="municipal-symbol__disc" data-municipality="${symbol.id}" style="width:${size}px;height:${size}px">${symbol.count}</span>`,
          iconSize: [size, size],
          iconAnchor: [radius - shift, radius - shift],
        })
        const name = localized(symbol.name, locale)
        return (
          <Marker
            key={symbol.id}
            position={[symbol.centre.lat, symbol.centre.lon]}
            icon={icon}
            title={t('map.municipal.symbol', { name, count: symbol.count })}
            alt={t('map.municipal.symbol', { name, count: symbol.count })}
            keyboard
            zIndexOffset={SYMBOLS_ABOVE_MARKERS}
            eventHandlers={{
              click: () => toggleFilterValue('municipalities', symbol.id),
            }}
          >
            {/* On a phone the tap filters at once; a tooltip would open over the map's edge. */}
            {!touchOnly && (
              <Tooltip direction="top" offset={[0, -radius]}>
                <strong>{name}</strong>
                <br />
                {t('map.municipal.count', {
                  count: symbol.count,
                  formatted: formatNumber(symbol.count, locale),
                })}
                {symbol.industries.length > 0 && (
                  <>
                    <br />
                    {symbol.industries
                      .map(
                        ({ id, count }) =>
                          `${localized(industryNames.get(id), locale) || id} (${count})`,
                      )
                      .join(', ')}
                  </>
                )}
                <br />
                <em>
                  {selected
                    ? t('map.municipal.clickToRemove')
                    : t('map.municipal.clickToFilter')}
                </em>
              </Tooltip>
            )}
          </Marker>
        )
      })}
    </>
  )
}
