import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { BackupNotice } from '@/shared/storage/backup-notice'
import { backupFileName } from '@/shared/storage/download-backup'

import type { ImportBackup, ImportStorage } from './import-storage'

/** Backup keys the user has already been told about (and hid): not announced again. */
const SEEN_KEY = 'promkarta.importBackupsSeen'

function seenKeys(): Set<string> {
  try {
    const raw = localStorage.getItem(SEEN_KEY)
    const list: unknown = raw ? JSON.parse(raw) : []
    return new Set(Array.isArray(list) ? list.filter((k) => typeof k === 'string') : [])
  } catch {
    return new Set()
  }
}

/**
 * Says when kept imported files could not be read (another format version, damage): they
 * were moved aside, not deleted, and can be downloaded. Told once per backup.
 */
/** The kept files' storage, loaded on first use (a stand-in in tests). */
const keptStorage = (): Promise<Pick<ImportStorage, 'backups'>> =>
  import('./import-storage').then(({ importStorage }) => importStorage())

export function ImportBackupsNotice({
  storage = keptStorage,
}: {
  storage?: typeof keptStorage
}) {
  const { t } = useTranslation()
  const [backups, setBackups] = useState<ImportBackup[]>([])
  useEffect(
    function lookForBackups() {
      let live = true
      void storage()
        .then((kept) => kept.backups())
        .then((found) => {
          const seen = seenKeys()
          if (live) setBackups(found.filter((b) => !seen.has(b.key)))
        })
        .catch(() => {
          // No storage in this browser: nothing can have been kept aside either.
        })
      return () => {
        live = false
      }
    },
    [storage],
  )
  if (backups.length === 0) return null
  const dismiss = () => {
    try {
      const seen = seenKeys()
      for (const b of backups) seen.add(b.key)
      localStorage.setItem(SEEN_KEY, JSON.stringify([...seen]))
    } catch {
      // Not remembered: the notice comes back at the next visit, nothing is lost.
    }
    setBackups([])
  }
  return (
    <BackupNotice
      text={t('storage.importUnreadable', { count: backups.length })}
      raw={JSON.stringify(backups, null, 2)}
      fileName={backupFileName('imports')}
      onDismiss={dismiss}
    />
  )
}
