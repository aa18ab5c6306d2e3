import { type ReactNode, useId } from 'react'
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary'
import { useTranslation } from 'react-i18next'

import { type PanelId, panelAnchor } from '@/shared/panels/panel-ids'

import { usePanelRegistration } from './use-panel-registration'

interface PanelProps {
  /** Which panel this is: its anchor, its `data-panel` mark and its entry in the register. */
  panel: PanelId
  title: string
  /** For tests only; the product finds panels by `panel`. */
  testId?: string
  className?: string
  actions?: ReactNode
  children: ReactNode
}

/** A titled dashboard panel with its own error boundary, so a crash here blanks nothing else. */
export function Panel({
  panel,
  title,
  testId,
  className,
  actions,
  children,
}: PanelProps) {
  const headingId = useId()
  const register = usePanelRegistration(panel, title)
  return (
    <section
      ref={register}
      id={panelAnchor(panel)}
      className={`panel ${className ?? ''}`}
      aria-labelledby={headingId}
      data-panel={panel}
      data-testid={testId}
    >
      <header className="panel__header">
        <h2 id={headingId} className="panel__title">
          {title}
        </h2>
        {actions}
      </header>
      <div className="panel__body">
        <ErrorBoundary
          fallbackRender={(props) => <PanelCrash title={title} {...props} />}
        >
          {children}
        </ErrorBoundary>
      </div>
    </section>
  )
}

function PanelCrash({
  title,
  error,
  resetErrorBoundary,
}: FallbackProps & { title: string }) {
  const { t } = useTranslation()
  return (
    <PanelState
      kind="error"
      message={t('panel.crashed', { title })}
      detail={error instanceof Error ? error.message : String(error)}
      onRetry={resetErrorBoundary}
    />
  )
}

interface PanelStateProps {
  kind: 'loading' | 'empty' | 'error'
  message?: string
  detail?: string
  onRetry?: () => void
}

/** The loading, empty and error states every panel shares; each reads differently. */
export function PanelState({ kind, message, detail, onRetry }: PanelStateProps) {
  const { t } = useTranslation()
  const text =
    message ??
    (kind === 'loading' ? t('panel.loading') : kind === 'empty' ? t('panel.empty') : '')
  return (
    <div
      className={`panel-state panel-state--${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      aria-busy={kind === 'loading' || undefined}
    >
      <p>{text}</p>
      {detail && <p className="panel-state__detail">{detail}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('panel.retry')}
        </button>
      )}
    </div>
  )
}
