import { useTranslation } from 'react-i18next'

import { BackupNotice } from '@/shared/storage/backup-notice'
import { backupFileName } from '@/shared/storage/download-backup'
import { useAppStore } from '@/store/app-store'

/**
 * «Сохранённые сцены не удалось прочитать…»: shown while the user's stored scenes that could
 * not be read are kept aside (`scenesBackup`), with their text offered for download.
 */
export function StoredScenesNotice() {
  const { t } = useTranslation()
  const backup = useAppStore((s) => s.scenesBackup)
  const dismiss = useAppStore((s) => s.dismissScenesBackup)
  if (!backup) return null
  const text =
    backup.read > 0
      ? t('storage.scenesPartly', { count: backup.dropped })
      : backup.version !== undefined
        ? t('storage.scenesUnreadable', { version: backup.version })
        : t('storage.scenesUnreadableUnknown')
  return (
    <BackupNotice
      text={text}
      notKept={backup.backupKey === null}
      raw={backup.raw}
      fileName={backupFileName('scenes')}
      onDismiss={dismiss}
    />
  )
}
