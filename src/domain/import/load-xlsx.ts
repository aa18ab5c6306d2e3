import type * as XlsxModule from '@e965/xlsx'

/** The spreadsheet library (SheetJS, maintained build `@e965/xlsx`). */
export type Xlsx = typeof XlsxModule

let loading: Promise<Xlsx> | undefined

/** Loads SheetJS on first use only: it is large, and most sessions never touch a spreadsheet. */
export function loadXlsx(): Promise<Xlsx> {
  loading ??= import('@e965/xlsx')
  return loading
}
