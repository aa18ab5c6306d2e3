import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import type { Translate } from '@/domain/export/text'
import { useAppStore } from '@/store/app-store'
import {
  selectDatasets,
  selectFilteredEvents,
  selectFilteredPlaces,
  selectFilteredVisits,
} from '@/store/selectors'

import { makeBrief } from './brief'

/**
 * The active filters and the sources, printed under the header; hidden on screen, where the
 * filter bar shows them. The printed page has no chips or cards to read them from.
 */
export function PrintBrief() {
  const { t } = useTranslation()
  const manifest = useAppStore((s) => s.manifest)
  const datasets = useAppStore(selectDatasets)
  const filters = useAppStore((s) => s.filters)
  const cursor = useAppStore((s) => s.timelineCursor)
  const places = useAppStore(selectFilteredPlaces)
  const visits = useAppStore(selectFilteredVisits)
  const events = useAppStore(selectFilteredEvents)
  const locale = useAppStore((s) => s.language)
  const brief = useMemo(
    () =>
      makeBrief({
        manifest,
        datasets,
        filters,
        cursor,
        records: [...places.map((p) => p.record), ...visits, ...events],
        locale,
        t: t as Translate,
      }),
    [manifest, datasets, filters, cursor, places, visits, events, locale, t],
  )
  return (
    <div className="print-only export-print" data-testid="print-brief">
      <p>
        <strong>{t('export.stamp.filters')}:</strong> {brief.filters.join(' · ')}
      </p>
      <p>
        <strong>{t('export.stamp.sources')}:</strong> {brief.sources.join('; ')}
      </p>
    </div>
  )
}
