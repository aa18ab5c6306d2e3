// @vitest-environment node
import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'

import type { Enterprise } from '../schema/records'
import { importFile } from './import-file'
import { readXlsx } from './read-xlsx'
import { options } from '@/testing/import-data'

/** The OLE container writer SheetJS bundles (typed `any` there): encrypted books are such containers. */
interface CfbApi {
  utils: {
    cfb_new: () => object
    cfb_add: (cfb: object, path: string, data: Uint8Array) => void
  }
  write: (cfb: object, options: { type: 'array' }) => ArrayBuffer
}
const CFB = XLSX.CFB as CfbApi

/** A workbook written by the library itself, with a date cell and formula cells. */
function book(): Uint8Array {
  const wb = XLSX.utils.book_new()
  const sheet = XLSX.utils.aoa_to_sheet([
    [],
    [
      'Название организации',
      'Отрасль',
      'Широта',
      'Долгота',
      'Дата основания',
      'Примечание',
    ],
    [
      'Завод «Формула»',
      'Энергетика',
      54.7818,
      32.0453,
      null,
      '=HYPERLINK("http://evil")',
    ],
  ])
  sheet['E3'] = { t: 'n', v: 45976, z: 'dd.mm.yyyy' }
  // A formula with its cached value: the value is read, the formula never run.
  sheet['C3'] = { t: 'n', v: 54.7818, f: '1/0' }
  sheet['!ref'] = 'A1:F3'
  XLSX.utils.book_append_sheet(wb, sheet, 'Первый')
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['id'], ['x']]), 'Второй')
  return new Uint8Array(
    XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
  )
}

describe('XLSX', () => {
  it('reads the first sheet: header row found, Excel row numbers, dates, cached values', async () => {
    const result = await readXlsx('book.xlsx', book())
    if (!result.ok) throw new Error(result.fault.message.en)
    expect(result.sheets).toEqual(['Первый', 'Второй'])
    expect(result.sheet).toBe('Первый')
    expect(result.table.headers[0]).toBe('Название организации')
    expect(result.table.rows).toEqual([
      {
        row: 3,
        cells: [
          'Завод «Формула»',
          'Энергетика',
          '54.7818',
          '32.0453',
          '2025-11-15',
          '=HYPERLINK("http://evil")',
        ],
      },
    ])
  })

  it('reads the sheet the user picks, and says when there is no such sheet', async () => {
    const second = await readXlsx('book.xlsx', book(), 'Второй')
    expect(second.ok && second.table.rows[0]?.cells).toEqual(['x'])
    const missing = await readXlsx('book.xlsx', book(), 'Третий')
    expect(missing).toMatchObject({ ok: false, fault: { reason: 'no-sheet' } })
  })

  it('becomes records like any table', async () => {
    const result = await importFile('Предприятия.xlsx', book(), options)
    if (!result.ok || result.format !== 'xlsx') throw new Error('not read')
    const record = result.records[0] as Enterprise
    expect(record.founded).toEqual({ year: 2025 })
    expect(record.location).toMatchObject({ lat: 54.7818, lon: 32.0453 })
    expect(record.id).toBe('predpriyatiya-r3')
    expect(record.notes?.ru).toBe('=HYPERLINK("http://evil")')
  })

  it('refuses a password-protected workbook with a clear message', async () => {
    const cfb = CFB.utils.cfb_new()
    CFB.utils.cfb_add(
      cfb,
      '/EncryptionInfo',
      new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, 1, 2, 3]),
    )
    CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(64))
    const bytes = new Uint8Array(CFB.write(cfb, { type: 'array' }))
    const result = await importFile('secret.xlsx', bytes, options)
    expect(result).toMatchObject({ ok: false, fault: { reason: 'password-protected' } })
  })

  it('refuses a damaged workbook', async () => {
    const bytes = book().slice(0, 200)
    expect(await importFile('broken.xlsx', bytes, options)).toMatchObject({
      ok: false,
      fault: { reason: 'not-a-spreadsheet' },
    })
  })
})
