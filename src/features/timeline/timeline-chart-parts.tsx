import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'

import type { TimeBin, TimelineKind } from '@/domain/timeline/month-bins'
import { type Locale, formatNumber } from '@/shared/format/format'

import { KIND_COLOURS } from './kind-colours'
import type { TimelineController } from './timeline-controller'

/** The kinds present, each with its colour, above a tall chart. */
export function Legend({ kinds }: { kinds: readonly TimelineKind[] }) {
  const { t } = useTranslation()
  return (
    <ul className="timeline-chart__legend">
      {kinds.map((kind) => (
        <li key={kind}>
          <span
            className="timeline-chart__swatch"
            style={{ background: KIND_COLOURS[kind] }}
            aria-hidden="true"
          />
          {t(`timeline.kind.${kind}`)}
        </li>
      ))}
    </ul>
  )
}

/** The counts of the bin under the pointer, beside it and inside the chart. */
export function BinTooltip({
  bin,
  kinds,
  label,
  locale,
  centre,
  width,
  top,
}: {
  bin: TimeBin
  kinds: readonly TimelineKind[]
  label: string
  locale: Locale
  centre: number
  width: number
  top: number
}) {
  const { t } = useTranslation()
  const side = centre > width / 2 ? { right: width - centre + 12 } : { left: centre + 12 }
  return (
    <div className="timeline-chart__tooltip" aria-hidden="true" style={{ ...side, top }}>
      <p className="timeline-chart__tooltip-title">{label}</p>
      <ul>
        {kinds
          .filter((kind) => bin[kind] > 0)
          .map((kind) => (
            <li key={kind}>
              <span
                className="timeline-chart__swatch"
                style={{ background: KIND_COLOURS[kind] }}
                aria-hidden="true"
              />
              {t(`timeline.kind.${kind}`)}: {formatNumber(bin[kind], locale)}
            </li>
          ))}
      </ul>
    </div>
  )
}

/** The playback cursor as a dashed line on the bin it is in. */
export function CursorLine({
  controller,
  bins,
  x,
  top,
  bottom,
}: {
  controller: TimelineController
  bins: readonly TimeBin[]
  x: (index: number) => number
  top: number
  bottom: number
}) {
  const cursor = useSyncExternalStore(
    controller.subscribe,
    () => controller.getSnapshot().cursor,
  )
  const index = cursor === null ? -1 : bins.findIndex((bin) => bin.last === cursor)
  if (index < 0) return null
  return (
    <line
      className="timeline-chart__cursor"
      x1={x(index)}
      x2={x(index)}
      y1={top}
      y2={bottom}
      strokeWidth={2}
      strokeDasharray="5 3"
      aria-hidden="true"
    />
  )
}
