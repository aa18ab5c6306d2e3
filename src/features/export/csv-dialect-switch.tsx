import { useTranslation } from 'react-i18next'

import type { CsvDialect } from '@/domain/export/csv-dialect'
import { useAppStore } from '@/store/app-store'

import { chooseCsvDialect, useCsvDialect } from './csv-dialect-choice'

const DIALECTS: readonly CsvDialect[] = ['excel-ru', 'rfc4180']

/**
 * The CSV style of the menu's CSV files, as two radio buttons in the list: Russian Excel (`;`,
 * decimal commas, ДД.ММ.ГГГГ) or RFC 4180 (`,`). The interface language's by default; a pick
 * holds for the session.
 */
export function CsvDialectSwitch() {
  const { t } = useTranslation()
  const locale = useAppStore((s) => s.language)
  const dialect = useCsvDialect(locale)
  return (
    <li className="export__dialect">
      <fieldset>
        <legend>{t('importRest.dialect.legend')}</legend>
        {DIALECTS.map((one) => (
          <label key={one}>
            <input
              type="radio"
              name="export-csv-dialect"
              value={one}
              checked={dialect === one}
              data-testid={`export-dialect-${one}`}
              onChange={() => chooseCsvDialect(one)}
            />{' '}
            {t(`importRest.dialect.${one}`)}
          </label>
        ))}
      </fieldset>
    </li>
  )
}
