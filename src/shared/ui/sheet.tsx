import { type ReactNode, useEffect, useId, useRef } from 'react'

interface SheetProps {
  open: boolean
  title: string
  closeLabel: string
  onClose: () => void
  /** A modal sheet takes the keyboard until closed; a non-modal one leaves the page usable. */
  modal?: boolean
  testId?: string
  children: ReactNode
}

/**
 * A sheet that rises from the bottom of a phone screen, on the native `<dialog>`: Escape
 * closes it, and a modal one keeps focus inside until it closes.
 */
export function Sheet({
  open,
  title,
  closeLabel,
  onClose,
  modal = false,
  testId,
  children,
}: SheetProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  useEffect(
    function followOpen() {
      const dialog = ref.current
      if (!dialog) return
      if (open && !dialog.open) {
        if (modal && typeof dialog.showModal === 'function') dialog.showModal()
        else if (typeof dialog.show === 'function') dialog.show()
        else dialog.setAttribute('open', '')
      } else if (!open && dialog.open) {
        if (typeof dialog.close === 'function') dialog.close()
        else dialog.removeAttribute('open')
      }
    },
    [open, modal],
  )
  return (
    <dialog
      ref={ref}
      className={`sheet${modal ? ' sheet--modal' : ''}`}
      aria-labelledby={headingId}
      data-testid={testId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <header className="sheet__header">
        <h2 id={headingId} className="sheet__title">
          {title}
        </h2>
        <button
          type="button"
          className="button sheet__close"
          aria-label={closeLabel}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <div className="sheet__body">{open && children}</div>
    </dialog>
  )
}
