/** Interface text of the import panel (Russian first; English has the same keys). */
export const importRu = {
  button: 'Загрузить данные',
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
  preview: '{{rows}} строк, {{issues}} с замечаниями',
  withoutPosition: 'без координат: {{count}}',
  contract: 'Файл в формате Промкарты: {{records}} записей, замечаний: {{issues}}',
  failed: 'Файл не загружен: {{message}}',
  confirm: 'Добавить на карту',
  cancel: 'Отмена',
  close: 'Закрыть',
  banner: 'Показаны ваши данные: {{file}}, {{count}} записей, загружено {{date}}',
  bannerHidden: 'Ваши данные скрыты: {{file}}, {{count}} записей, загружено {{date}}',
  bannerOnly:
    'Показаны только ваши данные: {{file}}, {{count}} записей, загружено {{date}}',
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
  quality: {
    heading: 'Ваш файл',
    shown: 'показано {{shown}} из {{total}}',
    where: 'строка {{row}}',
    column: 'столбец «{{column}}»',
  },
}

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

export const importEn: Widen<typeof importRu> = {
  button: 'Import data',
  title: 'Your own data',
  privacy:
    'Files are read and checked here, in your browser: nothing is sent to a server or anywhere else.',
  formats: 'CSV, TSV, TXT (UTF-8 or Windows-1251), XLSX, GeoJSON, Promkarta JSON',
  choose: 'Choose files…',
  reading: 'Reading the files…',
  dropHere: 'Drop the files to import them',
  kind: 'The file holds',
  kinds: {
    enterprises: 'Enterprises',
    parks: 'Industrial parks',
    visits: 'Visits',
    events: 'Events',
  },
  guessedBy: {
    'file-name': 'guessed from the file name',
    headers: 'guessed from the headers',
    default: 'could not be guessed: please check',
  },
  mapping: 'Columns',
  column: 'Column',
  field: 'Field',
  notUsed: '— not used —',
  unmapped: 'Not used: {{columns}}',
  preview: '{{rows}} rows, {{issues}} with remarks',
  withoutPosition: 'without coordinates: {{count}}',
  contract: 'A Promkarta file: {{records}} records, {{issues}} remarks',
  failed: 'The file was not imported: {{message}}',
  confirm: 'Add to the map',
  cancel: 'Cancel',
  close: 'Close',
  banner: 'Showing your data: {{file}}, {{count}} records, imported {{date}}',
  bannerHidden: 'Your data is hidden: {{file}}, {{count}} records, imported {{date}}',
  bannerOnly: 'Showing only your data: {{file}}, {{count}} records, imported {{date}}',
  showAll: 'Show with the dashboard data',
  hide: 'Hide my data',
  onlyMine: 'Show only mine',
  remove: 'Remove my data',
  storage: {
    unavailable:
      'The browser does not allow keeping data (private mode or storage blocked): it is shown until the page is closed.',
    quota:
      'The browser storage is full: the data is shown, but after a reload it has to be imported again.',
    failed:
      'The data could not be kept in the browser: it is shown until the page is closed.',
  },
  quality: {
    heading: 'Your file',
    shown: '{{shown}} of {{total}} shown',
    where: 'row {{row}}',
    column: 'column “{{column}}”',
  },
}
