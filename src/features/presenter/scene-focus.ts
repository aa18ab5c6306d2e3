/**
 * Puts the focus on a scene row's button once React has redrawn the list: after a move the
 * row sits elsewhere, after an edit the form is gone. A disabled button (the row reached the
 * top) hands the focus to `fallback`. Scene ids are plain (letters, digits, `._-`), so they
 * go into the selector as they are.
 */
export function focusSceneAction(id: string, action: string, fallback?: string): void {
  setTimeout(() => {
    const row = document.querySelector(`[data-scene-id="${id}"]`)
    const pick = (name: string) =>
      row?.querySelector<HTMLButtonElement>(`[data-action="${name}"]:not(:disabled)`)
    ;(pick(action) ?? (fallback ? pick(fallback) : undefined))?.focus()
  }, 0)
}
