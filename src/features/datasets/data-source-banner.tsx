import { useTranslation } from 'react-i18next'

import { useAppStore } from '@/store/app-store'

/** Says plainly when the figures come from anywhere but the default data folder. */
export function DataSourceBanner() {
  const { t } = useTranslation()
  const source = useAppStore((s) => s.source)
  if (!source) return null
  if (source.rejected) {
    const key =
      source.rejected.reason === 'origin'
        ? 'source.rejectedOrigin'
        : 'source.rejectedInvalid'
    return (
      <p className="banner banner--warning" role="alert" data-testid="data-source-banner">
        {t(key, { value: source.rejected.value })}
      </p>
    )
  }
  if (source.isDefault) return null
  return (
    <p className="banner banner--info" role="status" data-testid="data-source-banner">
      {t('source.custom', { url: source.baseUrl })}
    </p>
  )
}
