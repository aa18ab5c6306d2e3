/**
 * The import actions, loaded on first use: they bring the file readers (CSV, XLSX, GeoJSON)
 * and the checks, which the first screen does not need.
 */
export const importActions = () => import('./import-actions')
