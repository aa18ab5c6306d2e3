import type { ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { I18nextProvider } from 'react-i18next'

import { initI18n } from '@/shared/i18n/i18n'

const i18n = initI18n()

/** Top-level error boundary and i18n; the last line of defence against a blank page. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      fallbackRender={({ error }) => (
        <div role="alert" className="fatal">
          <h1>Промкарта</h1>
          <p>Приложение столкнулось с ошибкой. Обновите страницу.</p>
          <p>The app hit an error. Please reload the page.</p>
          <pre>{error instanceof Error ? error.message : String(error)}</pre>
        </div>
      )}
    >
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </ErrorBoundary>
  )
}
