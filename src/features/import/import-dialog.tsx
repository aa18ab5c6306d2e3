import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'

import { useAppStore } from '@/store/app-store'

import { confirmDrafts } from './import-actions'
import { DraftCard } from './draft-card'
import { SheetPicker } from './sheet-picker'
import { TemplateLinks } from './template-links'
import { ImportProgress } from './worker/import-progress'

interface ImportDialogProps {
  open: boolean
  onClose: () => void
  onChoose: () => void
}

/**
 * The import panel, a native modal `<dialog>` (Escape closes it): what happens to the files,
 * the button to choose them, and per file read the dataset, the columns and a preview.
 */
export function ImportDialog({ open, onClose, onChoose }: ImportDialogProps) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  const drafts = useAppStore((s) => s.importDrafts)
  const busy = useAppStore((s) => s.importBusy)
  useEffect(
    function followOpen() {
      const dialog = ref.current
      if (!dialog) return
      if (open && !dialog.open) {
        if (typeof dialog.showModal === 'function') dialog.showModal()
        else dialog.setAttribute('open', '')
      } else if (!open && dialog.open) {
        if (typeof dialog.close === 'function') dialog.close()
        else dialog.removeAttribute('open')
      }
    },
    [open],
  )
  const usable = drafts.some((d) => d.result.ok)
  return (
    <dialog
      ref={ref}
      className="import-dialog"
      aria-labelledby={headingId}
      data-testid="import-dialog"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <header className="import-dialog__header">
        <h2 id={headingId}>{t('import.title')}</h2>
        <button
          type="button"
          className="button import-dialog__close"
          aria-label={t('import.close')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <p className="import-dialog__privacy">{t('import.privacy')}</p>
      <p className="muted">{t('import.formats')}</p>
      <TemplateLinks />
      <button type="button" className="button" onClick={onChoose}>
        {t('import.choose')}
      </button>
      {busy && <ImportProgress />}
      {drafts.length > 0 && (
        <>
          <SheetPicker />
          <ul className="import-drafts">
            {drafts.map((draft, i) => (
              <li key={`${draft.name}-${i}`}>
                <DraftCard draft={draft} index={i} />
              </li>
            ))}
          </ul>
          <footer className="import-dialog__actions">
            <button type="button" className="button" onClick={onClose}>
              {t('import.cancel')}
            </button>
            <button
              type="button"
              className="button button--primary"
              data-testid="import-confirm"
              disabled={!usable || busy}
              onClick={() => {
                void confirmDrafts()
                onClose()
              }}
            >
              {t('import.confirm')}
            </button>
          </footer>
        </>
      )}
    </dialog>
  )
}
