import * as XLSX from '@e965/xlsx'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it, vi } from 'vitest'

import { importFile } from '@/domain/import/import-file'
import type { Enterprise } from '@/domain/schema/records'
import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'
import { seedDatasets } from '@/testing/seed'

import { DATA_ITEMS } from './data-exports'

/** Catches what the export hands to the browser to save. */
function catchDownloads() {
  const saved: { name: string; blob: Blob }[] = []
  const blobs = new Map<string, Blob>()
  let n = 0
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${++n}`
    blobs.set(url, blob)
    return url
  })
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href)
    if (blob) saved.push({ name: this.download, blob })
  })
  return saved
}

async function exported(testId: string): Promise<{ name: string; bytes: Uint8Array }> {
  const saved = catchDownloads()
  const item = DATA_ITEMS.find((i) => i.testId === testId)
  if (!item) throw new Error(testId)
  await item.save(useAppStore.getState())
  const file = saved[0]
  if (!file) throw new Error('nothing saved')
  return { name: file.name, bytes: new Uint8Array(await file.blob.arrayBuffer()) }
}

describe('the data exports of the export menu', () => {
  it('writes the enterprises as CSV for Russian Excel that reads back to the same records', async () => {
    seedDatasets()
    const { name, bytes } = await exported('export-table-csv')
    expect(name).toMatch(/\.csv$/)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const [header, first] = new TextDecoder().decode(bytes).split('\r\n')
    expect(header?.split(';').length).toBeGreaterThan(5)
    expect(first).toContain('54,79')
    const state = useAppStore.getState()
    const back = await importFile(name, bytes, {
      data: { ...selectDatasets(state), enterprises: [] },
      homeRegion: 'RU-SMO',
      kind: 'enterprises',
    })
    if (!back.ok || back.format === 'contract') throw new Error('not read back')
    const shown = selectDatasets(state).enterprises
    expect(back.records.map((r) => r.id)).toEqual(shown.map((r) => r.id))
    expect((back.records[0] as Enterprise).location).toEqual(shown[0]?.location)
  })

  it('writes the records as XLSX, one sheet per dataset, as many rows as shown', async () => {
    seedDatasets()
    const { bytes } = await exported('export-table-xlsx')
    const book = XLSX.read(bytes)
    expect(book.SheetNames).toEqual(['Предприятия', 'Парки', 'Визиты', 'События'])
    const rows = XLSX.utils.sheet_to_json(book.Sheets['Предприятия'] as XLSX.WorkSheet)
    expect(rows).toHaveLength(selectDatasets(useAppStore.getState()).enterprises.length)
  })

  it('writes the data folder with the imported records among the bundled ones', async () => {
    seedDatasets()
    const mine = selectDatasets(useAppStore.getState()).enterprises[0] as Enterprise
    useAppStore.getState().addImported([
      {
        id: 'mine-1',
        file: 'mine.csv',
        kind: 'enterprises',
        importedAt: '2026-11-20T10:00:00.000Z',
        records: [{ ...mine, id: 'my-plant' }],
        sources: [],
        rows: 1,
        rejected: 0,
        issues: [],
      },
    ])
    const { bytes } = await exported('export-data-folder')
    const files = unzipSync(bytes)
    const manifest = JSON.parse(strFromU8(files['manifest.json'] as Uint8Array)) as {
      files: { enterprises: string }
    }
    expect(manifest.files.enterprises).toBe('enterprises.json')
    const enterprises = JSON.parse(
      strFromU8(files['enterprises.json'] as Uint8Array),
    ) as {
      records: { id: string }[]
    }
    expect(enterprises.records.map((r) => r.id)).toEqual([
      'ent-a',
      'ent-b',
      'ent-c',
      'my-plant',
    ])
  })

  it('writes the template as XLSX with a sheet explaining the columns, and as CSV', async () => {
    seedDatasets()
    const xlsx = await exported('export-template-xlsx')
    const book = XLSX.read(xlsx.bytes)
    expect(book.SheetNames).toEqual(['Данные', 'Пояснения'])
    const csv = await exported('export-template-csv')
    const text = new TextDecoder().decode(csv.bytes)
    expect(text.split('\r\n')[0]).toContain('Название (рус.);')
  })
})
