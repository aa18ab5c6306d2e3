/** Interface text of the sheet picker, the templates, the CSV dialect and the file source line. */
export const importRestRu = {
  sheet: 'Лист книги «{{file}}»',
  templates: {
    heading: 'Шаблон для заполнения',
    kind: 'Набор данных',
    xlsx: 'Скачать шаблон XLSX',
    csv: 'Скачать шаблон CSV',
    menuItem: 'Шаблон: {{kind}} ({{format}})',
  },
  dialect: {
    legend: 'Вид CSV',
    'excel-ru': 'Excel (;)',
    rfc4180: 'RFC 4180 (,)',
  },
  fileSource: 'Файл: {{file}}, загружен {{date}}',
  fileSourceRow: 'Файл: {{file}}, загружен {{date}}, строка {{row}}',
}
