/** Interface text of the import's progress and cancel (Russian first; English has the same keys). */
export const importWorkerRu = {
  label: 'Ход чтения файла',
  reading: 'Чтение файла «{{file}}»…',
  parsing_one: 'Чтение… {{done, number}} из {{count, number}} строки',
  parsing_few: 'Чтение… {{done, number}} из {{count, number}} строк',
  parsing_many: 'Чтение… {{done, number}} из {{count, number}} строк',
  parsing_other: 'Чтение… {{done, number}} из {{count, number}} строки',
  checking: 'Проверка… записей: {{count, number}}',
  cancel: 'Отменить',
}
