import { PANEL_IDS, type PanelId } from './panel-ids'

/** A panel on screen: its id, its (translated) title and its element. */
export interface RegisteredPanel {
  id: PanelId
  title: string
  element: HTMLElement
}

const registry = new Map<PanelId, RegisteredPanel>()

/**
 * Puts a panel on the register (a panel mounting, or its title changing with the language);
 * returns the call that takes it off again. Panels are found by id, wherever they are laid
 * out on the page.
 */
export function registerPanel(panel: RegisteredPanel): () => void {
  registry.set(panel.id, panel)
  return () => {
    // A newer registration under the same id (a remount) stays.
    if (registry.get(panel.id) === panel) registry.delete(panel.id)
  }
}

/** The panel registered under `id`, if it is on the page. */
export function findPanel(id: PanelId): RegisteredPanel | undefined {
  return registry.get(id)
}

/** Every registered panel, in the order of `PANEL_IDS`. */
export function registeredPanels(): RegisteredPanel[] {
  return PANEL_IDS.flatMap((id) => {
    const panel = registry.get(id)
    return panel ? [panel] : []
  })
}
