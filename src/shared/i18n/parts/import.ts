/** Interface text of the import panel (Russian first; English has the same keys). */
export const importRu = {
  button: 'Загрузить данные',
  /** On a phone, where the header row is narrow. */
  buttonShort: 'Загрузить',
  title: 'Свои данные',
  privacy:
    'Файлы читаются и проверяются здесь, в браузере: ничего не отправляется на сервер и никуда не уходит.',
  formats:
    'CSV, TSV, TXT (UTF-8 или Windows-1251), XLSX, GeoJSON, JSON в формате Промкарты',
  choose: 'Выбрать файлы…',
  reading: 'Файлы читаются…',
  dropHere: 'Отпустите файлы, чтобы загрузить',
  kind: 'Что в файле',
  kinds: {
    enterprises: 'Предприятия',
    parks: 'Индустриальные парки',
    visits: 'Визиты',
    events: 'События',
  },
  guessedBy: {
    'file-name': 'угадано по имени файла',
    headers: 'угадано по заголовкам',
    default: 'не удалось угадать — проверьте',
  },
  mapping: 'Столбцы',
  column: 'Столбец',
  field: 'Поле',
  notUsed: '— не использовать —',
  unmapped: 'Не используются: {{columns}}',
  preview: '{{rows}}, {{issues}} с замечаниями',
  rows_one: '{{count}} строка',
  rows_few: '{{count}} строки',
  rows_many: '{{count}} строк',
  rows_other: '{{count}} строки',
  records_one: '{{count}} запись',
  records_few: '{{count}} записи',
  records_many: '{{count}} записей',
  records_other: '{{count}} записи',
  withoutPosition: 'без координат: {{count}}',
  contract: 'Файл в формате Промкарты: {{records}} записей, замечаний: {{issues}}',
  failed: 'Файл не загружен: {{message}}',
  confirm: 'Добавить на карту',
  cancel: 'Отмена',
  close: 'Закрыть',
  banner: 'Показаны ваши данные: {{file}}, {{records}}, загружено {{date}}',
  bannerHidden: 'Ваши данные скрыты: {{file}}, {{records}}, загружено {{date}}',
  bannerOnly: 'Показаны только ваши данные: {{file}}, {{records}}, загружено {{date}}',
  showAll: 'Показать вместе с данными дашборда',
  hide: 'Скрыть мои данные',
  onlyMine: 'Показать только мои',
  remove: 'Удалить мои данные',
  storage: {
    unavailable:
      'Браузер не даёт сохранить данные (приватный режим или запрет хранилища): они показаны только до закрытия страницы.',
    quota:
      'Не хватает места в хранилище браузера: данные показаны, но после перезагрузки страницы их придётся загрузить снова.',
    failed:
      'Данные не удалось сохранить в браузере: они показаны только до закрытия страницы.',
  },
  exports: {
    tableCsv: 'Таблица предприятий для Excel (CSV)',
    tableXlsx: 'Таблица записей (XLSX)',
    dataFolder: 'Папка данных (ZIP)',
    templateXlsx: 'Шаблон для заполнения (XLSX)',
    templateCsv: 'Шаблон для заполнения (CSV)',
  },
  quality: {
    heading: 'Ваш файл',
    shown: 'показано {{shown}} из {{total}}',
    where: 'строка {{row}}',
    column: 'столбец «{{column}}»',
  },
}
