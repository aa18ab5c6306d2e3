import { memo, useCallback, useDeferredValue, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

import {
  type FeedItem,
  feedOrder,
  isAfterCursor,
  pickFeed,
} from '@/domain/timeline/feed-items'
import { type Locale, formatDate, formatNumber, localized } from '@/shared/format/format'
import { PanelState } from '@/shared/ui/panel'
import { useAppStore } from '@/store/app-store'
import { selectDatasets, selectFilesSettled } from '@/store/file-selectors'
import {
  selectFilterIndex,
  selectFilteredEvents,
  selectFilteredVisits,
} from '@/store/selectors'

import { TIMELINE_KINDS, type TimelineKind } from '@/domain/timeline/month-bins'

import { KIND_COLOURS } from './kind-colours'
import './whats-new.css'

/** Enough to read through; more would slow every filter change on a 50,000-event dataset. */
export const FEED_PAGE = 50

const selectDatedFilesSettled = selectFilesSettled(['visits', 'events'])

/**
 * «Что нового»: the latest visits and events under the filters, newest first, each a button
 * that selects it (its first linked place with a position, or the record itself). Its header
 * counts the events — the number of the events tile and of the timeline's total — and the
 * visits. Lines the timeline cursor has not reached are dimmed, as the map hides them. Fills
 * its parent's height and scrolls inside itself.
 */
export function WhatsNew() {
  const { t } = useTranslation()
  const headingId = useId()
  // As the timeline: when the data arrives the list draws in a background render, after the
  // tiles and the map.
  const settled = useDeferredValue(useAppStore(selectDatedFilesSettled), false)
  const failed = useAppStore(
    (s) =>
      s.manifest.status === 'error' ||
      (s.files.visits.status === 'error' && s.files.events.status === 'error'),
  )
  return (
    <section className="whats-new" aria-labelledby={headingId} data-testid="whats-new">
      {failed ? (
        <>
          <h3 id={headingId} className="whats-new__title">
            {t('counting.whatsNew')}
          </h3>
          <PanelState kind="error" message={t('timeline.unavailable')} />
        </>
      ) : settled ? (
        <WhatsNewList headingId={headingId} />
      ) : (
        <>
          <h3 id={headingId} className="whats-new__title">
            {t('counting.whatsNew')}
          </h3>
          <PanelState kind="loading" />
        </>
      )}
    </section>
  )
}

function WhatsNewList({ headingId }: { headingId: string }) {
  const { t } = useTranslation()
  const datasets = useAppStore(selectDatasets)
  const visits = useAppStore(selectFilteredVisits)
  const events = useAppStore(selectFilteredEvents)
  const cursor = useAppStore((s) => s.timelineCursor)
  const selectedId = useAppStore((s) => s.selectedId)
  const onSelect = useAppStore((s) => s.select)
  const locale = useAppStore((s) => s.language)
  const [limit, setLimit] = useState(FEED_PAGE)
  // The line last pressed, marked while its record (or place) stays selected.
  const [chosen, setChosen] = useState<string | null>(null)
  const choose = useCallback(
    (key: string, target: string) => {
      setChosen(key)
      onSelect(target)
    },
    [onSelect],
  )
  const order = useMemo(
    () => feedOrder(datasets.visits, datasets.events),
    [datasets.visits, datasets.events],
  )
  const feed = useMemo(
    () => pickFeed(order, visits, events, limit),
    [order, visits, events, limit],
  )
  // Enterprises and parks by id, shared with the filters (made once, on the first look-up).
  const placeIndex = useAppStore(selectFilterIndex)
  // The words every line repeats, looked up once for the list: fifty lines each asking
  // i18next were a large part of the list's first draw.
  const labels = useMemo<RowLabels>(
    () => ({
      kind: Object.fromEntries(
        TIMELINE_KINDS.map((kind) => [kind, t(`timeline.kind.${kind}`)]),
      ) as Record<TimelineKind, string>,
      linked: t('timeline.linked'),
      afterCursor: t('timeline.afterCursor'),
    }),
    [t],
  )
  const rows = useMemo(
    () =>
      feed.items.map((item) => ({
        key: `${item.record}:${item.id}`,
        item,
        names: item.linked
          .map((id) => localized(placeIndex.places.get(id)?.record.name, locale) || id)
          .join(', '),
        // The first linked place with coordinates, so the map has something to show.
        target:
          item.linked.find((id) => {
            const location = placeIndex.places.get(id)?.record.location
            return location?.lat !== undefined && location.lon !== undefined
          }) ?? item.id,
      })),
    [feed.items, placeIndex, locale],
  )

  return (
    <>
      <h3 id={headingId} className="whats-new__title">
        {t('counting.whatsNew')}{' '}
        <span className="whats-new__count">
          <span data-testid="whats-new-count">{formatNumber(events.length, locale)}</span>{' '}
          {t('counting.events', { count: events.length })}
          {' · '}
          {t('counting.visits', {
            count: visits.length,
            formatted: formatNumber(visits.length, locale),
          })}
          {feed.total > rows.length &&
            ` · ${t('timeline.feedShown', { shown: formatNumber(rows.length, locale) })}`}
        </span>
      </h3>
      {feed.total === 0 ? (
        <div className="whats-new__empty" role="status">
          <p>{t('counting.whatsNewEmpty')}</p>
          <p className="muted">{t('counting.whatsNewReset')}</p>
        </div>
      ) : (
        <div className="whats-new__scroll">
          <ol className="whats-new__list">
            {rows.map(({ key, item, names, target }) => (
              <WhatsNewRow
                key={key}
                rowKey={key}
                item={item}
                names={names}
                target={target}
                later={isAfterCursor(item, cursor)}
                selected={chosen === key && selectedId === target}
                locale={locale}
                labels={labels}
                onChoose={choose}
              />
            ))}
          </ol>
          {feed.total > rows.length && (
            <button
              type="button"
              className="button whats-new__more"
              onClick={() => setLimit((current) => current + FEED_PAGE)}
            >
              {t('timeline.more')}
            </button>
          )}
        </div>
      )}
    </>
  )
}

interface RowLabels {
  kind: Record<TimelineKind, string>
  linked: string
  afterCursor: string
}

interface RowProps {
  rowKey: string
  item: FeedItem
  names: string
  target: string
  later: boolean
  selected: boolean
  locale: Locale
  labels: RowLabels
  onChoose: (rowKey: string, target: string) => void
}

/** One line; memoised so a cursor step redraws only the lines it dims or brightens. */
const WhatsNewRow = memo(function WhatsNewRow({
  rowKey,
  item,
  names,
  target,
  later,
  selected,
  locale,
  labels,
  onChoose,
}: RowProps) {
  return (
    <li className={`whats-new__item${later ? ' is-later' : ''}`} data-record-id={item.id}>
      <button
        type="button"
        className="whats-new__button"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onChoose(rowKey, target)}
      >
        <span className="whats-new__date">
          {formatDate(item.date, item.datePrecision, locale)}
        </span>
        <span className="whats-new__kind">
          <span
            className="whats-new__swatch"
            style={{ background: KIND_COLOURS[item.kind] }}
            aria-hidden="true"
          />
          {labels.kind[item.kind]}
        </span>
        <span className="whats-new__text">
          {localized(item.title, locale)}
          {names && (
            <span className="whats-new__linked">{`${labels.linked} ${names}`}</span>
          )}
        </span>
        {later && <span className="visually-hidden">{labels.afterCursor}</span>}
      </button>
    </li>
  )
})
