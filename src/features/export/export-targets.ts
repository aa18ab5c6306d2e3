/** A part of the page that can be saved as an image. */
export interface PngTarget {
  /** Goes into the file name and the item's test id. */
  slug: string
  title: string
  element: HTMLElement
}

/**
 * The dashboard panels on the page other than the map (which has its own item), found when
 * the menu opens: panels come and go with the data and with other features, and each one is
 * a `section.panel` titled by its heading.
 */
export function findPanels(root: ParentNode = document): PngTarget[] {
  return [...root.querySelectorAll<HTMLElement>('main section.panel')]
    .filter((el) => el.dataset.testid !== 'map-panel' && el.getClientRects().length > 0)
    .map((element, i) => ({
      slug: slugOf(element.id || element.dataset.testid || `panel-${i + 1}`),
      title: headingOf(element) || String(i + 1),
      element,
    }))
}

/** The whole dashboard: the `.app` element the export menu sits in. */
export function dashboardElement(from: Element | null): HTMLElement | null {
  return from?.closest<HTMLElement>('.app') ?? document.querySelector<HTMLElement>('.app')
}

/** The map panel. */
export function mapPanelElement(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-testid="map-panel"]')
}

function headingOf(panel: HTMLElement): string {
  const id = panel.getAttribute('aria-labelledby')
  const heading = id ? document.getElementById(id) : panel.querySelector('h2')
  return heading?.textContent?.trim() ?? ''
}

function slugOf(value: string): string {
  const slug = value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return slug.startsWith('panel') ? slug : `panel-${slug}`
}
