import { useTranslation } from 'react-i18next'

import { formatDate } from '@/shared/format/format'
import { useAppStore } from '@/store/app-store'

import { importActions } from './lazy-actions'

/**
 * «Показаны ваши данные: <file>, N записей, загружено <date>» with the choice to hide them,
 * show only them, or remove them; and why they may not be kept, when the browser refuses.
 */
export function ImportBanner() {
  const { t } = useTranslation()
  const imported = useAppStore((s) => s.imported)
  const mode = useAppStore((s) => s.importMode)
  const problem = useAppStore((s) => s.storageProblem)
  const language = useAppStore((s) => s.language)
  const setMode = useAppStore((s) => s.setImportMode)
  if (imported.length === 0 && problem === null) return null
  const latest = imported.reduce<string>(
    (max, f) => (f.importedAt > max ? f.importedAt : max),
    '',
  )
  const text = {
    file: imported.map((f) => f.file).join(', '),
    records: t('import.records', {
      count: imported.reduce((sum, f) => sum + f.records.length, 0),
    }),
    date: latest === '' ? '' : formatDate(latest.slice(0, 10), 'day', language),
  }
  return (
    <section className="import-banner" data-testid="import-banner" aria-live="polite">
      {imported.length > 0 && (
        <>
          <p className="import-banner__text">
            {mode === 'hide'
              ? t('import.bannerHidden', text)
              : mode === 'only'
                ? t('import.bannerOnly', text)
                : t('import.banner', text)}
          </p>
          <div className="import-banner__actions">
            {mode !== 'add' && (
              <button type="button" className="button" onClick={() => setMode('add')}>
                {t('import.showAll')}
              </button>
            )}
            {mode !== 'hide' && (
              <button type="button" className="button" onClick={() => setMode('hide')}>
                {t('import.hide')}
              </button>
            )}
            {mode !== 'only' && (
              <button type="button" className="button" onClick={() => setMode('only')}>
                {t('import.onlyMine')}
              </button>
            )}
            <button
              type="button"
              className="button"
              data-testid="import-remove"
              onClick={() =>
                void importActions().then((actions) => actions.removeImported())
              }
            >
              {t('import.remove')}
            </button>
          </div>
        </>
      )}
      {problem !== null && (
        <p role="alert" className="import-banner__problem">
          {t(`import.storage.${problem}`)}
        </p>
      )}
    </section>
  )
}
