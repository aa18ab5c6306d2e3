import { useTranslation } from 'react-i18next'

import { type ImportField, fieldsOf } from '@/domain/import/fields'
import { IMPORT_KINDS } from '@/domain/import/import-kinds'
import { remap } from '@/domain/import/header-mapping'
import type { TableImport } from '@/domain/import/import-file'
import type { Bilingual } from '@/domain/import/messages'
import { useAppStore } from '@/store/app-store'
import type { ImportDraft } from '@/store/import-slice'

import { changeDraft } from './import-actions'

/** Rows with at least one remark, counted once each. */
function rowsWithIssues(result: TableImport): number {
  return new Set(result.issues.flatMap((i) => (i.row === undefined ? [] : [i.row]))).size
}

function useBilingual() {
  const language = useAppStore((s) => s.language)
  return (text: Bilingual) => text[language]
}

/** One file read: its dataset (guessed, changeable), its columns' fields and a preview. */
export function DraftCard({ draft, index }: { draft: ImportDraft; index: number }) {
  const { t } = useTranslation()
  const say = useBilingual()
  const { result } = draft
  if (!result.ok)
    return (
      <div className="import-draft" role="alert">
        <h3 className="import-draft__name">{draft.name}</h3>
        <p>{t('import.failed', { message: say(result.fault.message) })}</p>
      </div>
    )
  if (result.format === 'contract') {
    const records = IMPORT_KINDS.reduce(
      (sum, kind) => sum + (result.datasets[kind]?.length ?? 0),
      0,
    )
    return (
      <div className="import-draft">
        <h3 className="import-draft__name">{draft.name}</h3>
        <p data-testid="import-preview">
          {t('import.contract', { records, issues: result.issues.length })}
        </p>
      </div>
    )
  }
  return <TableDraft name={draft.name} result={result} index={index} />
}

function TableDraft({
  name,
  result,
  index,
}: {
  name: string
  result: TableImport
  index: number
}) {
  const { t } = useTranslation()
  const language = useAppStore((s) => s.language)
  const fields = fieldsOf(result.kind)
  const label = (field: ImportField) =>
    fields.find((def) => def.field === field)?.[language] ?? field
  return (
    <div className="import-draft" data-testid="import-draft">
      <h3 className="import-draft__name">{name}</h3>
      <label className="import-draft__kind">
        {t('import.kind')}{' '}
        <select
          value={result.kind}
          onChange={(event) =>
            void changeDraft(index, event.currentTarget.value as TableImport['kind'])
          }
        >
          {IMPORT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`import.kinds.${kind}`)}
            </option>
          ))}
        </select>{' '}
        {result.kind === result.guess.kind && (
          <span className="muted">{t(`import.guessedBy.${result.guess.by}`)}</span>
        )}
      </label>
      <p className="import-draft__preview" data-testid="import-preview">
        {t('import.preview', {
          rows: t('import.rows', {
            count: result.records.length + result.rejected.length,
          }),
          issues: rowsWithIssues(result),
        })}
        {result.withoutPosition.length > 0 &&
          `; ${t('import.withoutPosition', { count: result.withoutPosition.length })}`}
      </p>
      <details className="import-draft__mapping">
        <summary>{t('import.mapping')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.field')}</th>
            </tr>
          </thead>
          <tbody>
            {result.headers.map((header, column) => (
              <tr key={`${header}-${column}`}>
                <th scope="row">{header}</th>
                <td>
                  <select
                    aria-label={`${t('import.field')}: ${header}`}
                    value={result.mapping[column] ?? ''}
                    onChange={(event) => {
                      const value = event.currentTarget.value
                      const field = value === '' ? null : (value as ImportField)
                      void changeDraft(
                        index,
                        result.kind,
                        remap(result.mapping, column, field),
                      )
                    }}
                  >
                    <option value="">{t('import.notUsed')}</option>
                    {fields.map((def) => (
                      <option key={def.field} value={def.field}>
                        {label(def.field)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {result.unmapped.length > 0 && (
        <p className="import-draft__unmapped muted">
          {t('import.unmapped', { columns: result.unmapped.join(', ') })}
        </p>
      )}
    </div>
  )
}
