/**
 * Asks for fullscreen on the dashboard root. It must run inside the click or key handler
 * (browsers allow it only on a user gesture); a refusal (headless, a kiosk policy, an iframe)
 * is swallowed, and the presentation goes on in the window.
 */
export function requestFullscreen(root: Element | null): void {
  if (!root || !document.fullscreenEnabled || document.fullscreenElement) return
  try {
    root.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined)
  } catch {
    // Old engines throw instead of rejecting.
  }
}

/** Leaves fullscreen if the page is in it. */
export function exitFullscreen(): void {
  if (!document.fullscreenElement) return
  document.exitFullscreen().catch(() => undefined)
}
