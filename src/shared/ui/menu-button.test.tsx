import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'

import { MenuButton, MenuItem } from './menu-button'

function renderMenu(
  onOpen: () => void = vi.fn(),
  onSelect: (name: string) => void = vi.fn(),
) {
  render(
    <>
      <MenuButton block="menu" label="Actions" menuLabel="Actions list" onOpen={onOpen}>
        <MenuItem onSelect={() => onSelect('one')}>One</MenuItem>
        <MenuItem disabled onSelect={() => onSelect('off')}>
          Off
        </MenuItem>
        <MenuItem onSelect={() => onSelect('two')}>Two</MenuItem>
      </MenuButton>
      <button type="button">Elsewhere</button>
    </>,
  )
  return {
    toggle: screen.getByRole('button', { name: 'Actions' }),
    list: screen.getByRole('list', { hidden: true }),
  }
}

describe('a menu button', () => {
  it('opens its list, walks the enabled items with the arrows and closes on Esc', async () => {
    const onOpen = vi.fn()
    const { toggle, list } = renderMenu(onOpen)
    expect(toggle).toHaveAttribute('aria-controls', list.id)
    expect(list).not.toBeVisible()
    await userEvent.click(toggle)
    expect(onOpen).toHaveBeenCalledOnce()
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(list).toBeVisible()
    expect(list).toHaveAccessibleName('Actions list')
    await userEvent.keyboard('{ArrowDown}')
    expect(screen.getByRole('button', { name: 'One' })).toHaveFocus()
    await userEvent.keyboard('{ArrowDown}')
    expect(screen.getByRole('button', { name: 'Two' })).toHaveFocus()
    await userEvent.keyboard('{ArrowDown}')
    expect(screen.getByRole('button', { name: 'One' })).toHaveFocus()
    await userEvent.keyboard('{ArrowUp}')
    expect(screen.getByRole('button', { name: 'Two' })).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(list).not.toBeVisible()
    expect(toggle).toHaveFocus()
  })

  it('closes, focus back on its button, then runs the item picked', async () => {
    const onSelect = vi.fn()
    const { toggle } = renderMenu(vi.fn(), onSelect)
    await userEvent.click(toggle)
    await userEvent.click(screen.getByRole('button', { name: 'Two' }))
    expect(onSelect).toHaveBeenCalledWith('two')
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(toggle).toHaveFocus()
  })

  it('closes when the pointer or the focus goes elsewhere', async () => {
    const { toggle } = renderMenu()
    await userEvent.click(toggle)
    await userEvent.click(screen.getByRole('button', { name: 'Elsewhere' }))
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await userEvent.click(toggle)
    await userEvent.tab()
    await userEvent.tab()
    await userEvent.tab()
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus()
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
  })
})
