import {
  type FocusEvent,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react'

interface MenuButtonProps {
  /**
   * The BEM block of the class names: the root is `block`, then `block__toggle`,
   * `block__menu` and `block__item`.
   */
  block: string
  /** The button's text. */
  label: ReactNode
  /** The list's accessible name. */
  menuLabel: string
  testId?: string
  /** Runs as the list opens, before it shows. */
  onOpen?: () => void
  /** More attributes of the list. */
  listProps?: HTMLAttributes<HTMLUListElement> & { [data: `data-${string}`]: string }
  /** The items: `MenuItem`s. */
  children: ReactNode
  /** Shown after the list, inside the menu's root (its messages, say). */
  after?: ReactNode
}

interface MenuContext {
  itemClass: string
  close: (returnFocus: boolean) => void
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void
}

const Menu = createContext<MenuContext | null>(null)

/**
 * A disclosure button with a list of actions. Esc closes the list and returns focus to the
 * button; the arrow keys move between the items (round the ends); a pointer or the focus
 * going elsewhere closes it. Picking an item closes the list, focus back on the button.
 */
export function MenuButton({
  block,
  label,
  menuLabel,
  testId,
  onOpen,
  listProps,
  children,
  after,
}: MenuButtonProps) {
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const listId = useId()
  const itemClass = `${block}__item`

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) toggleRef.current?.focus()
  }, [])

  useEffect(
    function closeOnOutsidePointerOrEscape() {
      if (!open) return
      const onPointerDown = (event: PointerEvent) => {
        if (!rootRef.current?.contains(event.target as Node)) close(false)
      }
      // Esc closes the list wherever focus is, and focus goes back to the button.
      const onKeyDown = (event: globalThis.KeyboardEvent) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        close(true)
      }
      document.addEventListener('pointerdown', onPointerDown)
      document.addEventListener('keydown', onKeyDown)
      return () => {
        document.removeEventListener('pointerdown', onPointerDown)
        document.removeEventListener('keydown', onKeyDown)
      }
    },
    [open, close],
  )

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>) => {
      if (!open || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return
      const items = [
        ...(rootRef.current?.querySelectorAll<HTMLButtonElement>(
          `.${itemClass}:not(:disabled)`,
        ) ?? []),
      ]
      if (items.length === 0) return
      event.preventDefault()
      const at = items.indexOf(document.activeElement as HTMLButtonElement)
      const step = event.key === 'ArrowDown' ? 1 : -1
      const next = at === -1 ? (step === 1 ? 0 : items.length - 1) : at + step
      items[(next + items.length) % items.length]?.focus()
    },
    [open, itemClass],
  )

  function toggle() {
    if (!open) onOpen?.()
    setOpen(!open)
  }

  function onBlur(event: FocusEvent<HTMLDivElement>) {
    const next = event.relatedTarget as Node | null
    if (open && next && !rootRef.current?.contains(next)) close(false)
  }

  const context = useMemo(
    () => ({ itemClass, close, onKeyDown }),
    [itemClass, close, onKeyDown],
  )
  return (
    <div className={block} ref={rootRef} onBlur={onBlur}>
      <button
        ref={toggleRef}
        type="button"
        className={`button ${block}__toggle`}
        aria-expanded={open}
        aria-controls={listId}
        data-testid={testId}
        onClick={toggle}
        onKeyDown={onKeyDown}
      >
        {label}
      </button>
      <ul
        {...listProps}
        id={listId}
        className={`${block}__menu`}
        aria-label={menuLabel}
        hidden={!open}
      >
        <Menu.Provider value={context}>{children}</Menu.Provider>
      </ul>
      {after}
    </div>
  )
}

interface MenuItemProps {
  testId?: string
  disabled?: boolean
  /** Runs after the list has closed. */
  onSelect: () => void
  children: ReactNode
}

/** One action of a `MenuButton`'s list. */
export function MenuItem({
  testId,
  disabled = false,
  onSelect,
  children,
}: MenuItemProps) {
  const menu = useContext(Menu)
  if (!menu) throw new Error('MenuItem is only for a MenuButton’s list')
  return (
    <li>
      <button
        type="button"
        className={menu.itemClass}
        data-testid={testId}
        disabled={disabled}
        onClick={() => {
          menu.close(true)
          onSelect()
        }}
        onKeyDown={menu.onKeyDown}
      >
        {children}
      </button>
    </li>
  )
}
