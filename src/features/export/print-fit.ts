import { findPanel } from '@/shared/panels/panel-registry'

/**
 * The map's inner width on the printed page, in the page's layout pixels: `--print-map-column`
 * in print.css (880) less the panel's padding and borders. Keep the two in step.
 */
const PRINT_MAP_WIDTH = 880 - 2 * 12 - 2

/**
 * Leaflet drew the map for its on-screen size and does not redraw for print, so the printed
 * map keeps that size (no cropped or blank edge) and is scaled into its column instead. Runs
 * on `beforeprint`; without it (a headless PDF) the print stylesheet's defaults apply.
 */
export function fitMapForPrint(): void {
  const canvas =
    findPanel('map')?.element.querySelector<HTMLElement>('.region-map__canvas')
  if (!canvas) return
  const { width, height } = canvas.getBoundingClientRect()
  if (width === 0 || height === 0) return
  const style = document.documentElement.style
  style.setProperty('--print-map-width', `${width}px`)
  style.setProperty('--print-map-height', `${height}px`)
  style.setProperty('--print-map-zoom', String(Math.min(1, PRINT_MAP_WIDTH / width)))
}
