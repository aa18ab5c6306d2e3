import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { buildTimeBins } from '@/domain/timeline/month-bins'
import { type BinRange, periodOfRange, rangeOfPeriod } from '@/domain/timeline/period'
import { formatDate, formatNumber } from '@/shared/format/format'
import { PanelState } from '@/shared/ui/panel'
import { useAppStore } from '@/store/app-store'
import { selectDatasets, selectFilesSettled } from '@/store/file-selectors'
import {
  selectFilteredEvents,
  selectFilteredVisits,
  selectOpenPeriodEvents,
  selectOpenPeriodVisits,
} from '@/store/selectors'

import { PlaybackControls } from './playback-controls'
import { TimelineChart } from './timeline-chart'
import { useReducedMotion } from '@/shared/ui/use-reduced-motion'
import { useTimelinePlayback } from './use-timeline-playback'
import './timeline.css'

const selectTimelineFilesSettled = selectFilesSettled(['visits', 'events'])

/** A keyboard move of the brush sets the period once the keys rest this long. */
const BRUSH_SETTLE_MS = 400

/**
 * The timeline strip: how many events and visits pass the filters (the events number is the
 * events tile's), visits and events per month stacked by kind, a brush that sets the period
 * filter and playback that moves the map's cursor. What happened is listed in «Что нового»
 * (`./whats-new`).
 */
export function TimelinePanel({ chartHeight }: { chartHeight?: number } = {}) {
  const { t } = useTranslation()
  const visitsStatus = useAppStore((s) => s.files.visits.status)
  const eventsStatus = useAppStore((s) => s.files.events.status)
  const manifestStatus = useAppStore((s) => s.manifest.status)
  const statuses = [visitsStatus, eventsStatus]
  const loading = !useAppStore(selectTimelineFilesSettled)
  // When the data arrives the timeline draws in a background render, after the tiles and the
  // map (as the charts do).
  const settled = useDeferredValue(!loading, false)
  if (manifestStatus === 'error' || statuses.every((status) => status === 'error'))
    return <PanelState kind="error" message={t('timeline.unavailable')} />
  if (!settled) return <PanelState kind="loading" />
  return <Timeline chartHeight={chartHeight} />
}

function Timeline({ chartHeight }: { chartHeight?: number }) {
  const { t } = useTranslation()
  const locale = useAppStore((s) => s.language)
  const from = useAppStore((s) => s.filters.from)
  const to = useAppStore((s) => s.filters.to)
  const visits = useAppStore(selectFilteredVisits)
  const events = useAppStore(selectFilteredEvents)
  const setPeriod = useAppStore((s) => s.setPeriod)
  const reducedMotion = useReducedMotion()

  // The bars ignore the period, so the brush can widen it again.
  const openVisits = useAppStore(selectOpenPeriodVisits)
  const openEvents = useAppStore(selectOpenPeriodEvents)
  // The axis spans every record, whatever the filters: a filter change redraws heights only.
  const all = useAppStore(selectDatasets)
  const { unit, bins } = useMemo(
    () =>
      buildTimeBins(openVisits, openEvents, undefined, {
        visits: all.visits,
        events: all.events,
      }),
    [openVisits, openEvents, all.visits, all.events],
  )
  const period = useMemo(() => rangeOfPeriod(bins, from, to), [bins, from, to])
  const [draft, setDraft] = useState<BinRange | null>(null)
  const commit = useCallback(
    (range: BinRange) => {
      setDraft(null)
      const next = periodOfRange(bins, range)
      if (next.from !== from || next.to !== to) setPeriod(next.from, next.to)
    },
    [bins, from, to, setPeriod],
  )
  useEffect(
    function settleBrush() {
      if (!draft) return
      const timer = setTimeout(() => commit(draft), BRUSH_SETTLE_MS)
      return () => clearTimeout(timer)
    },
    [draft, commit],
  )

  const playMonths = useMemo(
    () => bins.slice(period.start, period.end + 1).map((bin) => bin.last),
    [bins, period],
  )
  const { controller, state } = useTimelinePlayback(playMonths, reducedMotion)

  // The same events number as the events tile and «Что нового», empty timeline or not.
  const totalLine = (
    <p className="timeline__total" data-testid="timeline-total">
      {formatNumber(events.length, locale)}{' '}
      {t('counting.events', { count: events.length })}
      {', '}
      {t('counting.visits', {
        count: visits.length,
        formatted: formatNumber(visits.length, locale),
      })}
    </p>
  )
  if (bins.length === 0)
    return (
      <div className="timeline">
        {totalLine}
        <PanelState kind="empty" />
      </div>
    )
  const hasPeriod = from !== null || to !== null
  const day = (date: string | null) =>
    date === null ? t('timeline.periodOpen') : formatDate(date, 'day', locale)
  return (
    <div className="timeline">
      <div className="timeline__period">
        {totalLine}
        <p className="timeline__period-text" aria-live="polite">
          {hasPeriod
            ? t('timeline.period', { from: day(from), to: day(to) })
            : t('timeline.noPeriod')}
        </p>
        {hasPeriod && (
          <button
            type="button"
            className="button timeline__reset"
            aria-label={t('timeline.resetPeriod')}
            title={t('timeline.resetPeriod')}
            onClick={() => setPeriod(null, null)}
          >
            {t('timeline.resetPeriodShort')}
          </button>
        )}
      </div>
      <TimelineChart
        bins={bins}
        unit={unit}
        locale={locale}
        range={draft ?? period}
        controller={controller}
        onBrush={setDraft}
        onBrushEnd={commit}
        height={chartHeight}
      />
      <PlaybackControls controller={controller} state={state} locale={locale} />
    </div>
  )
}
