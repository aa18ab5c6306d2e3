import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

/** Copies the current address, which carries the whole view, for sending to a colleague. */
export function CopyLinkButton() {
  const { t } = useTranslation()
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(
    function fadeStatus() {
      if (state === 'idle') return
      // The status floats over the bar: it goes after a while, the link stays copied.
      const timer = window.setTimeout(
        () => setState('idle'),
        state === 'copied' ? 4000 : 10_000,
      )
      return () => window.clearTimeout(timer)
    },
    [state],
  )
  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href)
      setState('copied')
    } catch {
      setState('failed')
    }
  }
  return (
    <span className="copy-link">
      <button
        type="button"
        className="button filter-bar__icon"
        aria-label={t('filters.copyLink')}
        title={t('filters.copyLink')}
        onClick={() => void copy()}
        data-testid="copy-link"
      >
        <svg
          viewBox="0 0 24 24"
          width="18"
          height="18"
          aria-hidden="true"
          focusable="false"
        >
          <path
            d="M10 14a4.5 4.5 0 0 0 6.4 0l3-3a4.5 4.5 0 0 0-6.4-6.4l-1.2 1.2M14 10a4.5 4.5 0 0 0-6.4 0l-3 3a4.5 4.5 0 0 0 6.4 6.4l1.2-1.2"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
      </button>
      <span role="status" className="copy-link__status">
        {state === 'copied'
          ? t('filters.copied')
          : state === 'failed'
            ? t('filters.copyFailed')
            : ''}
      </span>
    </span>
  )
}
