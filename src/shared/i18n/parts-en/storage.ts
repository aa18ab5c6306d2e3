import type { storageRu } from '../parts/storage'

export const storageEn: typeof storageRu = {
  scenesUnreadable:
    'The saved scenes could not be read (format v{{version}}); a copy has been kept',
  scenesUnreadableUnknown: 'The saved scenes could not be read; a copy has been kept',
  scenesPartly:
    'Some saved scenes could not be read (not read: {{count}}); a copy has been kept',
  backupFailed: 'The copy could not be kept: download it now, while this tab is open',
  importUnreadable:
    'Saved imported files could not be read (files: {{count}}); a copy has been kept',
  download: 'download',
  dismiss: 'Hide',
}
