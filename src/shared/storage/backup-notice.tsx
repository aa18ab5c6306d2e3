import { useTranslation } from 'react-i18next'

import { downloadBackup } from './download-backup'

interface BackupNoticeProps {
  /** What could not be read, in the interface language. */
  text: string
  /** Set when no copy could be kept: the download is then the only copy. */
  notKept?: boolean
  raw: string
  fileName: string
  onDismiss: () => void
}

/** Says that stored state could not be read and was kept aside, and offers it for download. */
export function BackupNotice({
  text,
  notKept,
  raw,
  fileName,
  onDismiss,
}: BackupNoticeProps) {
  const { t } = useTranslation()
  return (
    <div className="backup-notice" role="status" data-testid="backup-notice">
      <p>
        {text}
        {notKept && <> ({t('storage.backupFailed')})</>} —{' '}
        <button
          type="button"
          className="button button--link"
          onClick={() => downloadBackup(raw, fileName)}
        >
          {t('storage.download')}
        </button>{' '}
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t('storage.dismiss')}
        </button>
      </p>
    </div>
  )
}
