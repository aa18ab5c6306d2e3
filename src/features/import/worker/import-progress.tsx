import { useTranslation } from 'react-i18next'

import { cancelImport, useImportProgress } from './progress'

/**
 * While files are read: what is being done («Чтение… 45 000 из 100 000 строк»), a progress bar
 * (indeterminate until the rows are counted) and «Отменить», which stops the reading and keeps
 * everything as it was.
 */
export function ImportProgress() {
  const { t } = useTranslation()
  const progress = useImportProgress()
  const text = !progress
    ? t('import.reading')
    : progress.phase === 'reading'
      ? t('importWorker.reading', { file: progress.file })
      : progress.phase === 'parsing'
        ? t('importWorker.parsing', { done: progress.done, count: progress.total })
        : t('importWorker.checking', { count: progress.total })
  const counted = progress && progress.phase !== 'reading' && progress.total > 0
  // Rows made into records are the first nine tenths of the bar; the check is the rest.
  const value = !counted
    ? undefined
    : progress.phase === 'parsing'
      ? (0.9 * progress.done) / progress.total
      : 0.9 + (0.1 * progress.done) / progress.total
  return (
    <div className="import-progress" data-testid="import-progress">
      <p role="status" className="import-dialog__busy">
        {text}
      </p>
      <progress aria-label={t('importWorker.label')} max={1} value={value} />
      <button
        type="button"
        className="button"
        data-testid="import-cancel"
        onClick={cancelImport}
      >
        {t('importWorker.cancel')}
      </button>
    </div>
  )
}
