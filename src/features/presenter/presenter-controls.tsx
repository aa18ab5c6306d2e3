/** Presenter mode entry and scene stepping; being built. */
export function PresenterControls() {
  return null
}
