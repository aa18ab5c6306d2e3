/** What a key press asks of the presentation. `hold` swallows the key and does nothing. */
export type PresenterAction =
  'enter' | 'exit' | 'next' | 'previous' | 'first' | 'last' | 'hold'

export interface KeyPress {
  key: string
  code: string
  ctrlKey: boolean
  altKey: boolean
  metaKey: boolean
  shiftKey: boolean
}

/** Where the key was pressed: a text field takes its own keys; a button takes Space. */
export interface KeyTarget {
  editable: boolean
  button: boolean
}

/**
 * Maps a key to a presentation step. Outside the presentation F5 or P starts it (P by its
 * place on the keyboard, so a Russian layout works too); inside, the keys a clicker sends
 * (PageDown/PageUp) and the arrows and Space step through the scenes, Esc leaves.
 */
export function presenterAction(
  press: KeyPress,
  presenting: boolean,
  target: KeyTarget,
): PresenterAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null
  if (!presenting) {
    if (target.editable) return null
    if (press.key === 'F5' || press.code === 'KeyP') return 'enter'
    return null
  }
  if (press.key === 'Escape') return 'exit'
  if (target.editable) return null
  switch (press.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next'
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous'
    case ' ':
      // A focused button reads Space as a click: leave it its meaning.
      if (target.button) return null
      return press.shiftKey ? 'previous' : 'next'
    case 'Home':
      return 'first'
    case 'End':
      return 'last'
    case 'F5':
      // Reloading would end the show; the presentation is already running.
      return 'hold'
    default:
      return null
  }
}

/** Reads a key event's target: is it a field that takes typing, or a button? */
export function keyTargetOf(target: EventTarget | null): KeyTarget {
  if (!(target instanceof HTMLElement)) return { editable: false, button: false }
  const tag = target.tagName
  const type = target instanceof HTMLInputElement ? target.type : ''
  const buttonLike =
    tag === 'BUTTON' ||
    tag === 'A' ||
    tag === 'SUMMARY' ||
    (tag === 'INPUT' && ['button', 'submit', 'reset', 'checkbox', 'radio'].includes(type))
  const editable =
    !buttonLike &&
    (tag === 'INPUT' ||
      tag === 'TEXTAREA' ||
      tag === 'SELECT' ||
      target.isContentEditable === true)
  return { editable, button: buttonLike }
}
