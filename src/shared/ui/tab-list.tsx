import { type KeyboardEvent, useRef } from 'react'

interface TabItem<Id extends string> {
  id: Id
  label: string
}

interface TabListProps<Id extends string> {
  label: string
  tabs: readonly TabItem<Id>[]
  active: Id
  onSelect: (id: Id) => void
  /** The element id of the tab panel each tab controls. */
  panelIdOf: (id: Id) => string
  tabIdOf: (id: Id) => string
  className?: string
}

/**
 * WAI-ARIA tabs with automatic activation: one tab stop, arrows move and activate,
 * Home and End jump to the ends.
 */
export function TabList<Id extends string>({
  label,
  tabs,
  active,
  onSelect,
  panelIdOf,
  tabIdOf,
  className,
}: TabListProps<Id>) {
  const listRef = useRef<HTMLDivElement>(null)
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const at = tabs.findIndex((tab) => tab.id === active)
    const last = tabs.length - 1
    const next =
      event.key === 'ArrowRight'
        ? at >= last
          ? 0
          : at + 1
        : event.key === 'ArrowLeft'
          ? at <= 0
            ? last
            : at - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    if (next === null) return
    event.preventDefault()
    const tab = tabs[next]
    if (!tab) return
    onSelect(tab.id)
    listRef.current
      ?.querySelector<HTMLElement>(`#${CSS.escape(tabIdOf(tab.id))}`)
      ?.focus()
  }
  return (
    <div
      ref={listRef}
      role="tablist"
      aria-label={label}
      className={className ?? 'tab-list'}
    >
      {tabs.map((tab) => {
        const selected = tab.id === active
        return (
          <button
            key={tab.id}
            id={tabIdOf(tab.id)}
            type="button"
            role="tab"
            className="tab-list__tab"
            aria-selected={selected}
            aria-controls={panelIdOf(tab.id)}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={onKeyDown}
          >
            {tab.label}
          </button>
        )
      })}
    </div>
  )
}
