/** Interface text of stored-state backups (Russian first; same keys in English). */
export const storageRu = {
  scenesUnreadable:
    'Сохранённые сцены не удалось прочитать (формат v{{version}}); копия сохранена',
  scenesUnreadableUnknown: 'Сохранённые сцены не удалось прочитать; копия сохранена',
  scenesPartly:
    'Часть сохранённых сцен не удалось прочитать (не прочитано: {{count}}); копия сохранена',
  backupFailed: 'Копию сохранить не удалось: скачайте её сейчас, пока вкладка открыта',
  importUnreadable:
    'Сохранённые импортированные файлы не удалось прочитать (файлов: {{count}}); копия сохранена',
  download: 'скачать',
  dismiss: 'Скрыть',
}

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
