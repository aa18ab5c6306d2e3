import type { ChartId, Scene, ScenePanel } from '../schema/scene'

/** What a presenter slide shows: one hero panel, its one chart, and the tiles or not. */
export interface SlideLayout {
  panel: ScenePanel
  /** The chart of a `charts` hero; all of them when the scene names none. */
  chart?: ChartId
  tiles: boolean
}

/**
 * The slide for the shown scene. The title slide (no scene yet) is the map under the tiles; a
 * scene without a panel is the map; a record card with no record selected would be an empty
 * panel, so that slide is the map too. Tiles are shown only when the scene asks for them.
 */
export function slideLayout(
  scene: Pick<Scene, 'panel' | 'chart' | 'tiles'> | undefined,
  selectedId: string | null,
): SlideLayout {
  if (!scene) return { panel: 'map', tiles: true }
  const wanted = scene.panel ?? 'map'
  const panel = wanted === 'details' && selectedId === null ? 'map' : wanted
  const layout: SlideLayout = { panel, tiles: scene.tiles ?? false }
  return panel === 'charts' && scene.chart ? { ...layout, chart: scene.chart } : layout
}
