import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import type { Translate } from '@/domain/export/text'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'
import {
  selectFilteredEvents,
  selectFilteredPlaces,
  selectFilteredVisits,
} from '@/store/selectors'

import { makeBrief } from './brief'
import { usePrinting } from './use-printing'

/**
 * The active filters and the sources, printed under the header; hidden on screen, where the
 * filter bar shows them. The printed page has no chips or cards to read them from. Made only
 * while printing: listing the sources of 150,000 records on every filter change for a block
 * nobody sees on screen cost more than the KPI tiles.
 */
export function PrintBrief() {
  const printing = usePrinting()
  return (
    <div className="print-only export-print" data-testid="print-brief">
      {printing && <BriefText />}
    </div>
  )
}

function BriefText() {
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
    <>
      <p>
        <strong>{t('export.stamp.filters')}:</strong> {brief.filters.join(' · ')}
      </p>
      <p>
        <strong>{t('export.stamp.sources')}:</strong> {brief.sources.join('; ')}
      </p>
    </>
  )
}
