/** Saved scenes: save, rename, reorder, delete, import and export; being built. */
export function ScenesPanel() {
  return null
}
