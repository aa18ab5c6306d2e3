import type { importWorkerRu } from '../parts/import-worker'

export const importWorkerEn: typeof importWorkerRu = {
  label: 'Reading the file',
  reading: 'Reading “{{file}}”…',
  parsing_one: 'Reading… {{done, number}} of {{count, number}} row',
  parsing_few: 'Reading… {{done, number}} of {{count, number}} rows',
  parsing_many: 'Reading… {{done, number}} of {{count, number}} rows',
  parsing_other: 'Reading… {{done, number}} of {{count, number}} rows',
  checking: 'Checking… {{count, number}} records',
  cancel: 'Cancel',
}
