import { useTranslation } from 'react-i18next'

import { localized } from '@/shared/format/format'
import { useAppStore } from '@/store/app-store'
import { selectUnplaced } from '@/store/selectors'

/** «Без координат: N» — records the map cannot place, listed so none is hidden. */
export function UnplacedNote() {
  const { t } = useTranslation()
  const unplaced = useAppStore(selectUnplaced)
  const locale = useAppStore((s) => s.language)
  const select = useAppStore((s) => s.select)
  if (unplaced.length === 0) return null
  return (
    <details className="unplaced" data-testid="unplaced">
      <summary>{t('map.unplaced', { count: unplaced.length })}</summary>
      <ul>
        {unplaced.map(({ record }) => (
          <li key={record.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => select(record.id)}
            >
              {localized(record.name, locale)}
            </button>
          </li>
        ))}
      </ul>
    </details>
  )
}
