import { memo, useCallback, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { indexById } from '@/domain/derive/places'
import {
  type FeedItem,
  feedOrder,
  isAfterCursor,
  pickFeed,
} from '@/domain/timeline/feed-items'
import type { Enterprise, NewsEvent, Park, Visit } from '@/domain/schema/records'
import { type Locale, formatDate, formatNumber, localized } from '@/shared/format/format'

import { KIND_COLOURS } from './kind-colours'

/** Enough to read through; more would slow every filter change on a 50,000-event dataset. */
export const FEED_PAGE = 50

interface TimelineFeedProps {
  /** Every visit and event of the data, which the feed orders once. */
  allVisits: readonly Visit[]
  allEvents: readonly NewsEvent[]
  /** Those that pass the filters, which the feed lists. */
  visits: readonly Visit[]
  events: readonly NewsEvent[]
  enterprises: readonly Enterprise[]
  parks: readonly Park[]
  /** Store cursor (`YYYY-MM-DD`): items after it are dimmed, as the map hides them. */
  cursor: string | null
  selectedId: string | null
  locale: Locale
  onSelect: (id: string) => void
}

/** Visits and events, newest first, each a button that selects it and its places. */
export function TimelineFeed({
  allVisits,
  allEvents,
  visits,
  events,
  enterprises,
  parks,
  cursor,
  selectedId,
  locale,
  onSelect,
}: TimelineFeedProps) {
  const { t } = useTranslation()
  const headingId = useId()
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
  const order = useMemo(() => feedOrder(allVisits, allEvents), [allVisits, allEvents])
  const feed = useMemo(
    () => pickFeed(order, visits, events, limit),
    [order, visits, events, limit],
  )
  const places = useMemo(
    () => indexById<Enterprise | Park>([...enterprises, ...parks]),
    [enterprises, parks],
  )
  const rows = useMemo(
    () =>
      feed.items.map((item) => ({
        key: `${item.record}:${item.id}`,
        item,
        names: item.linked
          .map((id) => localized(places.get(id)?.name, locale) || id)
          .join(', '),
        // The first linked place with coordinates, so the map has something to show.
        target:
          item.linked.find((id) => {
            const location = places.get(id)?.location
            return location?.lat !== undefined && location.lon !== undefined
          }) ?? item.id,
      })),
    [feed.items, places, locale],
  )

  return (
    <section
      className="timeline-feed"
      aria-labelledby={headingId}
      data-testid="timeline-feed"
    >
      <h3 id={headingId} className="timeline-feed__title">
        {t('timeline.feed')}{' '}
        <span className="timeline-feed__count">
          {t('timeline.feedCount', { count: feed.total })}
          {feed.total > rows.length &&
            `, ${t('timeline.feedShown', { shown: formatNumber(rows.length, locale) })}`}
        </span>
      </h3>
      {feed.total === 0 ? (
        <p className="muted">{t('timeline.feedEmpty')}</p>
      ) : (
        <ol className="timeline-feed__list">
          {rows.map(({ key, item, names, target }) => (
            <FeedRow
              key={key}
              rowKey={key}
              item={item}
              names={names}
              target={target}
              later={isAfterCursor(item, cursor)}
              selected={chosen === key && selectedId === target}
              locale={locale}
              onChoose={choose}
            />
          ))}
        </ol>
      )}
      {feed.total > rows.length && (
        <button
          type="button"
          className="button"
          onClick={() => setLimit((current) => current + FEED_PAGE)}
        >
          {t('timeline.more')}
        </button>
      )}
    </section>
  )
}

interface FeedRowProps {
  rowKey: string
  item: FeedItem
  names: string
  target: string
  later: boolean
  selected: boolean
  locale: Locale
  onChoose: (rowKey: string, target: string) => void
}

/** One feed line; memoised so a cursor step redraws only the lines it dims or brightens. */
const FeedRow = memo(function FeedRow({
  rowKey,
  item,
  names,
  target,
  later,
  selected,
  locale,
  onChoose,
}: FeedRowProps) {
  const { t } = useTranslation()
  return (
    <li
      className={`timeline-feed__item${later ? ' is-later' : ''}`}
      data-record-id={item.id}
    >
      <button
        type="button"
        className="timeline-feed__button"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onChoose(rowKey, target)}
      >
        <span className="timeline-feed__date">
          {formatDate(item.date, item.datePrecision, locale)}
        </span>
        <span className="timeline-feed__kind">
          <span
            className="timeline-feed__swatch"
            style={{ background: KIND_COLOURS[item.kind] }}
            aria-hidden="true"
          />
          {t(`timeline.kind.${item.kind}`)}
        </span>
        <span className="timeline-feed__text">
          {localized(item.title, locale)}
          {names && (
            <span className="timeline-feed__linked">
              {t('timeline.linked', { names })}
            </span>
          )}
        </span>
        {later && <span className="visually-hidden">{t('timeline.afterCursor')}</span>}
      </button>
    </li>
  )
})
