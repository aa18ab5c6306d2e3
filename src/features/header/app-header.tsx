import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import { LOCALES, formatDate, localized } from '@/shared/format/format'
import { useAppStore } from '@/store/app-store'
import type { ThemeChoice } from '@/store/view-slice'

const THEMES: readonly ThemeChoice[] = ['auto', 'light', 'dark']

/** Dataset title and date, the view's actions (presenter mode, export) and the language switch. */
export function AppHeader({ actions }: { actions?: ReactNode }) {
  const { t } = useTranslation()
  const manifest = useAppStore((s) => s.manifest)
  const language = useAppStore((s) => s.language)
  const setLanguage = useAppStore((s) => s.setLanguage)
  const theme = useAppStore((s) => s.theme)
  const setTheme = useAppStore((s) => s.setTheme)
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__logo" aria-hidden="true">
          ◆
        </span>
        <div>
          <p className="app-header__app">{t('app.name')}</p>
          <h1 className="app-header__title">
            {manifest.status === 'ready'
              ? localized(manifest.manifest.title, language)
              : t('header.loadingTitle')}
          </h1>
        </div>
      </div>
      {manifest.status === 'ready' && (
        <p className="app-header__updated">
          {t('header.updated', {
            date: formatDate(manifest.manifest.updated, 'day', language),
          })}
        </p>
      )}
      {actions && <div className="app-header__actions">{actions}</div>}
      <label className="theme-switch">
        <span className="visually-hidden">{t('header.theme')}</span>
        <select
          value={theme}
          onChange={(event) => setTheme(event.target.value as ThemeChoice)}
          data-testid="theme-switch"
        >
          {THEMES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`header.themes.${choice}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="lang-switch" role="group" aria-label={t('header.language')}>
        {LOCALES.map((lng) => (
          <button
            key={lng}
            type="button"
            lang={lng}
            className="button button--toggle"
            aria-pressed={language === lng}
            onClick={() => setLanguage(lng)}
          >
            {lng.toUpperCase()}
          </button>
        ))}
      </div>
    </header>
  )
}
