import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { exportFileName, localDay } from '@/domain/export/file-name'
import { IMPORT_KINDS, type ImportKind } from '@/domain/import/import-kinds'
import { useAppStore } from '@/store/app-store'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Hands bytes to the browser to save, through a temporary `<a download>`. */
function saveBytes(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), 40_000)
}

/**
 * The templates to fill in, from the import panel: the dataset, then XLSX (headers, an example
 * row, a sheet explaining each column) or CSV in the interface's dialect.
 */
export function TemplateLinks() {
  const { t } = useTranslation()
  const locale = useAppStore((s) => s.language)
  const [kind, setKind] = useState<ImportKind>('enterprises')
  const selectId = useId()
  async function save(format: 'xlsx' | 'csv') {
    const { templateCsv, templateXlsx } = await import('@/domain/export/template')
    const name = exportFileName(`template-${kind}`, localDay(new Date()), format)
    if (format === 'xlsx') saveBytes(await templateXlsx(kind, locale), name, XLSX_TYPE)
    else saveBytes(templateCsv(kind, locale), name, 'text/csv')
  }
  return (
    <div className="import-templates" data-testid="import-templates">
      <label htmlFor={selectId}>{t('importRest.templates.heading')}: </label>
      <select
        id={selectId}
        value={kind}
        aria-label={t('importRest.templates.kind')}
        onChange={(event) => setKind(event.target.value as ImportKind)}
      >
        {IMPORT_KINDS.map((one) => (
          <option key={one} value={one}>
            {t(`import.kinds.${one}`)}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        className="button"
        data-testid="import-template-xlsx"
        onClick={() => void save('xlsx')}
      >
        {t('importRest.templates.xlsx')}
      </button>{' '}
      <button
        type="button"
        className="button"
        data-testid="import-template-csv"
        onClick={() => void save('csv')}
      >
        {t('importRest.templates.csv')}
      </button>
    </div>
  )
}
