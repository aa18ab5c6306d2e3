import type { PanelId } from '@/shared/panels/panel-ids'
import { findPanel, registeredPanels } from '@/shared/panels/panel-registry'

/** A part of the page that can be saved as an image. */
export interface PngTarget {
  /** The panel: its stamp lists the filters that narrow what it shows. */
  id: PanelId
  /** Goes into the file name and the item's test id: `panel-` and the panel's id. */
  slug: string
  title: string
  element: HTMLElement
}

/**
 * The registered dashboard panels on screen other than the map (which has its own item),
 * found when the menu opens: panels come and go with the data and with other features.
 */
export function findPanels(): PngTarget[] {
  return registeredPanels()
    .filter((panel) => panel.id !== 'map' && panel.element.getClientRects().length > 0)
    .map((panel) => ({
      id: panel.id,
      slug: `panel-${panel.id}`,
      title: panel.title,
      element: panel.element,
    }))
}

/** The whole dashboard: the `.app` element the export menu sits in. */
export function dashboardElement(from: Element | null): HTMLElement | null {
  return from?.closest<HTMLElement>('.app') ?? document.querySelector<HTMLElement>('.app')
}

/** The map panel. */
export function mapPanelElement(): HTMLElement | null {
  return findPanel('map')?.element ?? null
}
