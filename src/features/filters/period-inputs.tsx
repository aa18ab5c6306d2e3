import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'

import {
  type DatePattern,
  datePattern,
  formatDayInput,
  parseDayInput,
  patternHint,
} from '@/domain/filters/date-input'
import { useAppStore } from '@/store/app-store'

/**
 * The period as two typed days: «ДД.ММ.ГГГГ» in Russian whatever the browser, the browser's
 * order in English, ISO always. A day is read on blur or Enter; one that cannot be read or
 * does not exist shows an error next to its field and leaves the filter as it was.
 */
export function PeriodInputs() {
  const { t } = useTranslation()
  const from = useAppStore((s) => s.filters.from)
  const to = useAppStore((s) => s.filters.to)
  const language = useAppStore((s) => s.language)
  const setPeriod = useAppStore((s) => s.setPeriod)
  const pattern = datePattern(
    language,
    typeof navigator === 'undefined' ? undefined : navigator.language,
  )
  return (
    <div className="period" role="group" aria-label={t('filterbar.period')}>
      <span className="period__label" aria-hidden="true">
        {t('filterbar.period')}
      </span>
      <DayInput
        label={t('filterbar.from')}
        value={from}
        pattern={pattern}
        testId="filter-from"
        commit={(iso) => (iso && to && iso > to ? 'order' : setPeriod(iso, to))}
      />
      <span aria-hidden="true">–</span>
      <DayInput
        label={t('filterbar.to')}
        value={to}
        pattern={pattern}
        testId="filter-to"
        commit={(iso) => (iso && from && iso < from ? 'order' : setPeriod(from, iso))}
      />
    </div>
  )
}

interface DayInputProps {
  label: string
  value: string | null
  pattern: DatePattern
  testId: string
  /** Stores the day; `'order'` when it would put the start after the end. */
  commit: (iso: string | null) => void | 'order'
}

type DayError = 'impossible' | 'format' | 'order'

function DayInput({ label, value, pattern, testId, commit }: DayInputProps) {
  const { t } = useTranslation()
  const language = useAppStore((s) => s.language)
  const errorId = useId()
  // What is being typed; `null` shows the filter's own value, so a change made elsewhere
  // (the timeline, a link, «Сбросить») shows at once.
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<{ kind: DayError; text: string } | null>(null)
  const shown = draft ?? (value ? formatDayInput(value, pattern) : '')
  const hint = patternHint(pattern, language)

  function read() {
    if (draft === null) return
    const parsed = parseDayInput(draft, pattern)
    if (!parsed.ok) {
      setError({ kind: parsed.reason, text: draft.trim() })
      return
    }
    if (commit(parsed.iso) === 'order') {
      setError({ kind: 'order', text: draft.trim() })
      return
    }
    setDraft(null)
    setError(null)
  }

  const message =
    error?.kind === 'impossible'
      ? t('filterbar.dateImpossible', { text: error.text })
      : error?.kind === 'format'
        ? t('filterbar.dateFormat', { pattern: hint })
        : error?.kind === 'order'
          ? t('filterbar.dateOrder')
          : ''
  return (
    <span className="period__field">
      <input
        type="text"
        inputMode="numeric"
        className="period__input"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        placeholder={hint}
        title={`${label} (${hint})`}
        value={shown}
        maxLength={10}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={read}
        onKeyDown={(event) => {
          if (event.key === 'Enter') read()
          else if (event.key === 'Escape' && (draft !== null || error)) {
            event.preventDefault()
            setDraft(null)
            setError(null)
          }
        }}
        data-testid={testId}
      />
      <span id={errorId} className="period__error" role="alert">
        {message}
      </span>
    </span>
  )
}
