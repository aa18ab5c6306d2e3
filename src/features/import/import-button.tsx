import { Suspense, lazy, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { useAppStore } from '@/store/app-store'

import { importActions } from './lazy-actions'

import './import.css'

// The panel and the readers load on first use: most visits never import a file.
const ImportDialog = lazy(() =>
  import('./import-dialog').then((m) => ({ default: m.ImportDialog })),
)

/** What the file input takes; the reader tells formats by content, these are the hints. */
const ACCEPT = '.csv,.tsv,.txt,.xlsx,.json,.geojson'

/**
 * The header's «Загрузить данные»: a button opening the import panel, and the file input,
 * always in the page (visually hidden) so files can be set on it without opening anything.
 * Brings back the files kept from earlier visits once, when first shown.
 */
export function ImportButton() {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const opener = useRef<HTMLButtonElement>(null)
  const [open, setOpen] = useState(false)
  const drafts = useAppStore((s) => s.importDrafts)
  const busy = useAppStore((s) => s.importBusy)
  useEffect(function restoreOnce() {
    void importActions().then((actions) => actions.restoreImported())
  }, [])
  const showPanel = open || drafts.length > 0 || busy
  const close = () => {
    setOpen(false)
    useAppStore.getState().setImportDrafts([])
    opener.current?.focus()
  }
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="button import-button"
        aria-haspopup="dialog"
        aria-label={t('import.button')}
        onClick={() => setOpen(true)}
      >
        <span className="import-button__full">{t('import.button')}</span>
        <span className="import-button__short" aria-hidden="true">
          {t('import.buttonShort')}
        </span>
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('import.choose')}
        data-testid="import-input"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])]
          event.currentTarget.value = ''
          void importActions().then((actions) => actions.readFiles(files))
        }}
      />
      {showPanel && (
        <Suspense fallback={null}>
          <ImportDialog open onClose={close} onChoose={() => input.current?.click()} />
        </Suspense>
      )}
    </>
  )
}
