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
