import { useId } from 'react'
import { useTranslation } from 'react-i18next'

import { type Locale, formatDate, formatNumber } from '@/shared/format/format'

import { PlaybackIcon } from './playback-icons'
import {
  SPEEDS,
  type Speed,
  type TimelineController,
  type TimelineState,
} from './timeline-controller'

interface PlaybackControlsProps {
  controller: TimelineController
  state: TimelineState
  locale: Locale
}

/**
 * Play/pause, steps, speed and reset for the timeline cursor. Play is one button whose name
 * says what it will do, so screen readers hear «Пауза» while it plays.
 */
export function PlaybackControls({ controller, state, locale }: PlaybackControlsProps) {
  const { t } = useTranslation()
  const speedId = useId()
  const { months, cursor, playing, speed } = state
  const empty = months.length === 0
  return (
    <div className="timeline-controls" role="group" aria-label={t('timeline.playback')}>
      <button
        type="button"
        className="button"
        onClick={() => controller.stepBack()}
        disabled={empty}
      >
        <PlaybackIcon name="back" />
        <span className="visually-hidden">{t('timeline.stepBack')}</span>
      </button>
      <button
        type="button"
        className="button timeline-controls__play"
        onClick={() => controller.togglePlay()}
        disabled={empty}
        data-testid="timeline-play"
      >
        <PlaybackIcon name={playing ? 'pause' : 'play'} />
        {playing ? t('timeline.pause') : t('timeline.play')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => controller.stepForward()}
        disabled={empty}
      >
        <PlaybackIcon name="forward" />
        <span className="visually-hidden">{t('timeline.stepForward')}</span>
      </button>
      <button
        type="button"
        className="button"
        onClick={() => controller.reset()}
        disabled={cursor === null && !playing}
      >
        {t('timeline.stop')}
      </button>
      <label className="timeline-controls__speed" htmlFor={speedId}>
        {t('timeline.speed')}
      </label>
      <select
        id={speedId}
        value={speed}
        onChange={(e) => controller.setSpeed(toSpeed(Number(e.target.value)))}
      >
        {SPEEDS.map((value) => (
          <option key={value} value={value}>
            {t('timeline.speedValue', { speed: formatNumber(value, locale) })}
          </option>
        ))}
      </select>
      <p className="timeline-controls__cursor">
        {t('timeline.cursor')}{' '}
        <output data-testid="timeline-cursor" aria-live={playing ? 'off' : 'polite'}>
          {cursor === null
            ? t('timeline.cursorOff')
            : formatDate(cursor, 'month', locale)}
        </output>
      </p>
    </div>
  )
}

function toSpeed(value: number): Speed {
  return SPEEDS.find((speed) => speed === value) ?? 1
}
