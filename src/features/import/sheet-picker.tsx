import { useTranslation } from 'react-i18next'

import { useAppStore } from '@/store/app-store'

import { changeSheet } from './import-actions'

/**
 * For every workbook read with more than one sheet: a choice of the sheet to take (the first
 * is read by default). Picking another reads the book again through the import action.
 */
export function SheetPicker() {
  const { t } = useTranslation()
  const drafts = useAppStore((s) => s.importDrafts)
  const busy = useAppStore((s) => s.importBusy)
  const books = drafts.flatMap((draft, index) =>
    draft.result.ok &&
    draft.result.format === 'xlsx' &&
    (draft.result.sheets?.length ?? 0) > 1
      ? [
          {
            index,
            name: draft.name,
            sheet: draft.result.sheet,
            sheets: draft.result.sheets ?? [],
          },
        ]
      : [],
  )
  if (books.length === 0) return null
  return (
    <div className="import-sheets" data-testid="import-sheets">
      {books.map((book) => (
        <label key={`${book.name}-${book.index}`} className="import-sheets__one">
          {t('importRest.sheet', { file: book.name })}{' '}
          <select
            value={book.sheet}
            disabled={busy}
            data-testid={`import-sheet-${book.index}`}
            onChange={(event) => void changeSheet(book.index, event.target.value)}
          >
            {book.sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  )
}
