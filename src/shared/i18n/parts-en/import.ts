import type { Widen } from '../types'
import type { importRu } from '../parts/import'

export const importEn: Widen<typeof importRu> = {
  button: 'Import data',
  buttonShort: 'Import',
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
  preview: '{{rows}}, {{issues}} with remarks',
  rows_one: '{{count}} row',
  rows_few: '{{count}} rows',
  rows_many: '{{count}} rows',
  rows_other: '{{count}} rows',
  records_one: '{{count}} record',
  records_few: '{{count}} records',
  records_many: '{{count}} records',
  records_other: '{{count}} records',
  withoutPosition: 'without coordinates: {{count}}',
  contract: 'A Promkarta file: {{records}} records, {{issues}} remarks',
  failed: 'The file was not imported: {{message}}',
  confirm: 'Add to the map',
  cancel: 'Cancel',
  close: 'Close',
  banner: 'Showing your data: {{file}}, {{records}}, imported {{date}}',
  bannerHidden: 'Your data is hidden: {{file}}, {{records}}, imported {{date}}',
  bannerOnly: 'Showing only your data: {{file}}, {{records}}, imported {{date}}',
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
  exports: {
    tableCsv: 'Enterprises table (CSV)',
    tableXlsx: 'Records table (XLSX)',
    dataFolder: 'Data folder (ZIP)',
    templateXlsx: 'Template to fill in (XLSX)',
    templateCsv: 'Template to fill in (CSV)',
  },
  quality: {
    heading: 'Your file',
    shown: '{{shown}} of {{total}} shown',
    where: 'row {{row}}',
    column: 'column “{{column}}”',
  },
}
