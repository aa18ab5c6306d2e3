import { useState } from 'react'
import { useTranslation } from 'react-i18next'

/** Copies the current address, which carries the whole view, for sending to a colleague. */
export function CopyLinkButton() {
  const { t } = useTranslation()
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href)
      setState('copied')
    } catch {
      setState('failed')
    }
  }
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void copy()}
        data-testid="copy-link"
      >
        {t('filters.copyLink')}
      </button>
      <span role="status" className="muted">
        {state === 'copied'
          ? t('filters.copied')
          : state === 'failed'
            ? t('filters.copyFailed')
            : ''}
      </span>
    </>
  )
}
