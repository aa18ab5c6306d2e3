import { describe, expect, it } from 'vitest'

import { type KeyPress, keyTargetOf, presenterAction } from './presenter-keys'

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: key.length === 1 ? `Key${key.toUpperCase()}` : key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  shiftKey: false,
  ...extra,
})
const page = { editable: false, button: false }
const field = { editable: true, button: false }
const button = { editable: false, button: true }

describe('presenter keys', () => {
  it('start the show with F5 or P, in any layout, but not while typing', () => {
    expect(presenterAction(press('F5'), false, page)).toBe('enter')
    expect(presenterAction(press('p'), false, page)).toBe('enter')
    expect(presenterAction(press('з', { code: 'KeyP' }), false, page)).toBe('enter')
    expect(presenterAction(press('p'), false, field)).toBeNull()
    expect(presenterAction(press('p', { ctrlKey: true }), false, page)).toBeNull()
    expect(presenterAction(press('ArrowRight'), false, page)).toBeNull()
  })

  it('step with the arrows, a clicker’s PageDown/PageUp and Space; Esc leaves', () => {
    expect(presenterAction(press('ArrowRight'), true, page)).toBe('next')
    expect(presenterAction(press('PageDown'), true, page)).toBe('next')
    expect(presenterAction(press(' '), true, page)).toBe('next')
    expect(presenterAction(press(' ', { shiftKey: true }), true, page)).toBe('previous')
    expect(presenterAction(press('ArrowLeft'), true, page)).toBe('previous')
    expect(presenterAction(press('PageUp'), true, page)).toBe('previous')
    expect(presenterAction(press('Home'), true, page)).toBe('first')
    expect(presenterAction(press('End'), true, page)).toBe('last')
    expect(presenterAction(press('Escape'), true, page)).toBe('exit')
    expect(presenterAction(press('F5'), true, page)).toBe('hold')
  })

  it('leave Space to a focused button and typing to a field', () => {
    expect(presenterAction(press(' '), true, button)).toBeNull()
    expect(presenterAction(press('ArrowRight'), true, button)).toBe('next')
    expect(presenterAction(press('ArrowRight'), true, field)).toBeNull()
    expect(presenterAction(press('Escape'), true, field)).toBe('exit')
  })

  it('tell fields from buttons', () => {
    const input = document.createElement('input')
    expect(keyTargetOf(input)).toEqual(field)
    input.type = 'checkbox'
    expect(keyTargetOf(input)).toEqual(button)
    expect(keyTargetOf(document.createElement('select'))).toEqual(field)
    expect(keyTargetOf(document.createElement('button'))).toEqual(button)
    expect(keyTargetOf(document.body)).toEqual(page)
    expect(keyTargetOf(null)).toEqual(page)
  })
})
