import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { useAppStore } from '@/store/app-store'

import {
  type FilterOption,
  matchingGroups,
  useFilterOptionGroups,
} from './filter-options'

/**
 * «+ Добавить фильтр»: a WAI-ARIA 1.2 combobox whose listbox offers the values of industries,
 * municipalities and partner regions not yet chosen, grouped, each with the number of records
 * it would leave. Typing narrows the list; ↓/↑ move (wrapping), Home/End jump, Enter or a
 * click adds the value, clears the text and keeps the focus; Escape closes, a second Escape
 * clears. On the closed control the arrows only open the list.
 */
export function AddFilter() {
  const { t } = useTranslation()
  const toggle = useAppStore((s) => s.toggleFilterValue)
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const [activeKey, setActiveKey] = useState<string | null>(null)
  const listId = useId()
  const offered = useFilterOptionGroups(open)
  const groups = useMemo(() => matchingGroups(offered, text), [offered, text])
  const options = useMemo(() => groups.flatMap((g) => g.options), [groups])
  // FIRST/LAST stand for the ends of the list as it is when drawn: it is counted on opening
  // and narrows as one types.
  const active =
    (activeKey === FIRST
      ? options[0]
      : activeKey === LAST
        ? options.at(-1)
        : options.find((o) => o.key === activeKey)) ?? null
  const optionId = (option: FilterOption) => `${listId}-${option.key}`
  const listRef = useRef<HTMLDivElement>(null)

  useEffect(
    function showActive() {
      if (!open || !active) return
      const element = listRef.current?.querySelector('[aria-selected="true"]')
      element?.scrollIntoView?.({ block: 'nearest' })
    },
    [open, active],
  )

  function moveTo(option: FilterOption | undefined) {
    setActiveKey(option?.key ?? null)
  }
  function step(by: 1 | -1) {
    if (options.length === 0) return
    const at = active ? options.indexOf(active) : by === 1 ? -1 : 0
    moveTo(options[(at + by + options.length) % options.length])
  }
  function pick(option: FilterOption) {
    toggle(option.dimension, option.value)
    setText('')
    setOpen(false)
    setActiveKey(null)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault()
        if (!open) {
          // Opening only, never adding: the arrow makes its end of the list active.
          setOpen(true)
          setActiveKey(event.key === 'ArrowDown' ? FIRST : LAST)
        } else step(event.key === 'ArrowDown' ? 1 : -1)
        return
      }
      case 'Home':
      case 'End':
        if (!open || options.length === 0) return
        event.preventDefault()
        moveTo(event.key === 'Home' ? options[0] : options.at(-1))
        return
      case 'Enter':
        if (open && active) {
          event.preventDefault()
          pick(active)
        }
        return
      case 'Escape':
        if (open) {
          event.preventDefault()
          setOpen(false)
          setActiveKey(null)
        } else if (text) {
          event.preventDefault()
          setText('')
        }
        return
      case 'Tab':
        setOpen(false)
        setActiveKey(null)
        return
    }
  }

  const empty = open && options.length === 0
  return (
    <div className="add-filter">
      <input
        type="text"
        role="combobox"
        className="add-filter__input"
        aria-label={t('filterbar.add')}
        aria-expanded={open && !empty}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active ? optionId(active) : undefined}
        placeholder={t('filterbar.addPlaceholder')}
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          const next = event.target.value
          setText(next)
          setOpen(true)
          setActiveKey(FIRST)
        }}
        onClick={() => setOpen((was) => !was)}
        onBlur={() => {
          setOpen(false)
          setActiveKey(null)
        }}
        onKeyDown={onKeyDown}
        data-testid="filter-add"
      />
      <div className="add-filter__popup" hidden={!open || empty}>
        <div
          id={listId}
          ref={listRef}
          role="listbox"
          tabIndex={-1}
          className="add-filter__list"
          aria-label={t('filterbar.options')}
          title={t('filterbar.countHint')}
          onMouseDown={(event) => event.preventDefault()}
        >
          {groups.map((group) => (
            <div
              key={group.dimension}
              role="group"
              aria-labelledby={`${listId}-${group.dimension}`}
            >
              <div
                id={`${listId}-${group.dimension}`}
                role="presentation"
                className="add-filter__heading"
              >
                {group.label}
              </div>
              {group.options.map((option) => (
                // The keys are the combobox's: the focus stays in its input, which names the
                // active option (aria-activedescendant); a click here is the mouse's way.
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                <div
                  key={option.key}
                  tabIndex={-1}
                  id={optionId(option)}
                  role="option"
                  aria-selected={option === active}
                  className={`add-filter__option${option.count === 0 ? ' add-filter__option--zero' : ''}`}
                  onClick={() => pick(option)}
                  onMouseMove={() => option !== active && moveTo(option)}
                >
                  <span className="add-filter__label">
                    {option.label}
                    <span className="visually-hidden">
                      {t('filterbar.optionAmount', { amount: option.amount })}
                    </span>
                  </span>
                  <span className="add-filter__count" aria-hidden="true">
                    {option.count}
                  </span>
                </div>
              ))}
            </div>
          ))}
        </div>
      </div>
      <div role="status" className="add-filter__empty">
        {empty ? t(text.trim() ? 'filterbar.nothingFound' : 'filterbar.allChosen') : ''}
      </div>
    </div>
  )
}

/** Stand-ins for «the first / last option» while the list is being counted. */
const FIRST = '\u0000first'
const LAST = '\u0000last'
