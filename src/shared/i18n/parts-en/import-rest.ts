import type { importRestRu } from '../parts/import-rest'

export const importRestEn: typeof importRestRu = {
  sheet: 'Sheet of the workbook "{{file}}"',
  templates: {
    heading: 'Template to fill in',
    kind: 'Dataset',
    xlsx: 'Download the XLSX template',
    csv: 'Download the CSV template',
    menuItem: 'Template: {{kind}} ({{format}})',
  },
  dialect: {
    legend: 'CSV style',
    'excel-ru': 'Excel (;)',
    rfc4180: 'RFC 4180 (,)',
  },
  fileSource: 'File: {{file}}, loaded {{date}}',
  fileSourceRow: 'File: {{file}}, loaded {{date}}, row {{row}}',
}
