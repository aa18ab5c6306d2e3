// @vitest-environment node
import { DATASET_KINDS } from '../schema/values'
import { readFileSync } from 'node:fs'

import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import * as XLSX from '@e965/xlsx'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { dataFolderZip } from './data-folder-zip'
import { templateCsv, templateHelpTable, templateXlsx } from './template'
import { IMPORT_KINDS } from '../import/import-kinds'
import { importFile } from '../import/import-file'
import { bundled, options } from '@/testing/import-data'
import type { Manifest } from '../schema/manifest'

const schemaText = (name: string) =>
  readFileSync(
    new URL(`../../../data/schema/${name}.schema.json`, import.meta.url),
    'utf8',
  )
const manifest = JSON.parse(
  readFileSync(new URL('../../../data/manifest.json', import.meta.url), 'utf8'),
) as Manifest

describe('download as data folder', () => {
  it('is a ZIP with manifest.json and contract files valid against data/schema', () => {
    const schemas = Object.fromEntries(
      [...DATASET_KINDS, 'manifest' as const].map((kind) => [kind, schemaText(kind)]),
    )
    const zip = dataFolderZip({ manifest, datasets: bundled, schemas })
    const files = unzipSync(zip)
    expect(Object.keys(files).sort()).toEqual(
      [
        'manifest.json',
        ...DATASET_KINDS.map((k) => `${k}.json`),
        ...[...DATASET_KINDS, 'manifest'].map((k) => `schema/${k}.schema.json`),
      ].sort(),
    )
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats(ajv)
    for (const kind of [...DATASET_KINDS, 'manifest']) {
      const validate = ajv.compile(JSON.parse(schemaText(kind)) as object)
      const json = JSON.parse(strFromU8(files[`${kind}.json`] as Uint8Array)) as unknown
      expect(validate(json), `${kind}: ${ajv.errorsText(validate.errors)}`).toBe(true)
    }
    const written = JSON.parse(
      strFromU8(files['manifest.json'] as Uint8Array),
    ) as Manifest
    expect(written.files.geo).toBeUndefined()
    expect(written.$schema).toBe('./schema/manifest.schema.json')
  })

  it('carries geo files along when given', () => {
    const zip = dataFolderZip({
      manifest: {
        ...manifest,
        files: { ...manifest.files, geo: { home: 'geo/home.geojson' } },
      },
      datasets: bundled,
      extraFiles: { 'geo/home.geojson': '{"type":"FeatureCollection","features":[]}' },
    })
    const files = unzipSync(zip)
    const written = JSON.parse(
      strFromU8(files['manifest.json'] as Uint8Array),
    ) as Manifest
    expect(written.files.geo).toEqual({ home: 'geo/home.geojson' })
    expect(files['geo/home.geojson']).toBeDefined()
    expect(written.$schema).toBeUndefined()
  })
})

describe('templates', () => {
  it.each(IMPORT_KINDS)(
    '%s: the CSV template imports as one valid record',
    async (kind) => {
      for (const locale of ['ru', 'en'] as const) {
        const result = await importFile(
          `template-${kind}.csv`,
          templateCsv(kind, locale),
          options,
        )
        if (!result.ok || result.format === 'contract') throw new Error('not imported')
        expect(result.kind).toBe(kind)
        expect(result.unmapped).toEqual([])
        expect(result.issues.filter((i) => i.severity === 'error')).toEqual([])
        expect(result.records).toHaveLength(1)
      }
    },
  )

  it.each(IMPORT_KINDS)(
    '%s: the XLSX template has the data and an explanation sheet',
    async (kind) => {
      const bytes = await templateXlsx(kind, 'ru')
      const book = XLSX.read(bytes, { type: 'array' })
      expect(book.SheetNames).toEqual(['Данные', 'Пояснения'])
      const help = XLSX.utils.sheet_to_json<string[]>(
        book.Sheets['Пояснения'] as XLSX.WorkSheet,
        {
          header: 1,
        },
      )
      expect(help.length).toBe(templateHelpTable(kind, 'ru').rows.length + 1)
      const result = await importFile(`шаблон.xlsx`, bytes, { ...options, kind })
      if (!result.ok || result.format !== 'xlsx') throw new Error('not imported')
      expect(result.records).toHaveLength(1)
      expect(result.unmapped).toEqual([])
    },
  )
})
