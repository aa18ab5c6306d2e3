// @vitest-environment node
import { DATASET_KINDS } from '../schema/values'
import { readFileSync } from 'node:fs'

import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { dataFolderZip } from './data-folder-zip'
import { withFileNotes } from './file-origins'
import { importFile } from '../import/import-file'
import { bundled, options } from '@/testing/import-data'
import type { Datasets } from '../schema/datasets'
import type { Manifest } from '../schema/manifest'

const schemaText = (name: string) =>
  readFileSync(
    new URL(`../../../data/schema/${name}.schema.json`, import.meta.url),
    'utf8',
  )
const manifest = JSON.parse(
  readFileSync(new URL('../../../data/manifest.json', import.meta.url), 'utf8'),
) as Manifest

const CSV = [
  'Название;Отрасли;Муниципальное образование;Широта;Долгота;Источники',
  'Завод «Пример»;Машиностроение (общее);Вяземский муниципальный округ;55,21;34,29;https://example.ru/news/1',
  'Цех без ссылки;Машиностроение (общее);Сафоновский муниципальный округ;55,12;33,23;',
].join('\r\n')

describe('download as data folder, with imported records', () => {
  it('unzips to manifest.json and files valid against data/schema, the file as a note', async () => {
    const read = await importFile('заводы.csv', new TextEncoder().encode(CSV), options)
    if (!read.ok || read.format === 'contract') throw new Error('not imported')
    expect(read.records).toHaveLength(2)
    const imported = {
      file: 'заводы.csv',
      importedAt: new Date(2026, 10, 29, 12).toISOString(),
      records: read.records,
      recordRows: read.rows,
    }
    const datasets = {
      ...bundled,
      enterprises: [...bundled.enterprises, ...read.records],
      sources: [...bundled.sources, ...read.sources.links],
    } as Datasets
    const schemas = Object.fromEntries(
      [...DATASET_KINDS, 'manifest' as const].map((kind) => [kind, schemaText(kind)]),
    )
    const zip = dataFolderZip({
      manifest,
      datasets: withFileNotes(datasets, [imported]),
      schemas,
    })
    const files = unzipSync(zip)
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats(ajv)
    for (const kind of [...DATASET_KINDS, 'manifest']) {
      const validate = ajv.compile(JSON.parse(schemaText(kind)) as object)
      const json = JSON.parse(strFromU8(files[`${kind}.json`] as Uint8Array)) as unknown
      expect(validate(json), `${kind}: ${ajv.errorsText(validate.errors)}`).toBe(true)
    }
    const written = (
      JSON.parse(strFromU8(files['enterprises.json'] as Uint8Array)) as {
        records: { id: string; sources: string[]; notes?: { ru: string } }[]
      }
    ).records
    const [linked, alone] = read.records.map((r) => written.find((w) => w.id === r.id))
    expect(linked?.notes?.ru).toContain('Файл: заводы.csv, загружен 29.11.2026, строка 2')
    expect(alone?.notes?.ru).toContain('Файл: заводы.csv, загружен 29.11.2026, строка 3')
    // With a link to cite, the file's id (no source entry can hold it) leaves `sources`.
    expect(linked?.sources.some((id) => id.startsWith('file-'))).toBe(false)
    expect(linked?.sources.length).toBe(1)
    const sourceIds = new Set(
      (
        JSON.parse(strFromU8(files['sources.json'] as Uint8Array)) as {
          records: { id: string }[]
        }
      ).records.map((s) => s.id),
    )
    expect(linked?.sources.every((id) => sourceIds.has(id))).toBe(true)
    // Bundled records are written as they are.
    expect(written.slice(0, bundled.enterprises.length)).toEqual(bundled.enterprises)
  })
})
