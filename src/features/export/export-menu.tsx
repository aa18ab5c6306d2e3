/** Export of the current view (PNG, CSV, GeoJSON, print); being built. */
export function ExportMenu() {
  return null
}
