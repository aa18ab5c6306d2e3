import type { Locale } from '@/shared/format/format'
import type { LocalizedText } from '../schema/common'
import type { Scene, ScenePanel, SceneState } from '../schema/scene'

/**
 * Most scenes one file or the browser keeps: a talk has dozens; fifteen thousand would make
 * every load check them all, so more are refused with a message instead.
 */
export const MAX_SCENES = 300

/** The longest title or caption the panel accepts; a caption is one line on a projector. */
export const MAX_SCENE_TEXT = 160

export type SceneTextResult =
  { ok: true; title: string; caption: string } | { ok: false; error: 'title-required' }

/**
 * Cleans what the user typed: the title is required, the caption optional (a scene without
 * one shows its title alone). Line breaks become spaces and both are cut to length.
 */
export function cleanSceneText(title: string, caption = ''): SceneTextResult {
  const clean = (text: string) =>
    text.replace(/\s+/g, ' ').trim().slice(0, MAX_SCENE_TEXT).trim()
  const t = clean(title)
  if (!t) return { ok: false, error: 'title-required' }
  return { ok: true, title: t, caption: clean(caption) || t }
}

/** A new scene of the user's; text is kept as Russian, the one language every scene has. */
export function makeScene(input: {
  id: string
  title: string
  caption: string
  state: SceneState
  panel?: ScenePanel
}): Scene {
  const scene: Scene = {
    id: input.id,
    title: { ru: input.title },
    caption: { ru: input.caption },
    state: input.state,
  }
  return input.panel ? { ...scene, panel: input.panel } : scene
}

/** An id not yet taken: `base`, else `base-2`, `base-3`… */
export function uniqueSceneId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`
    if (!taken.has(id)) return id
  }
}

/** A fresh id for a scene saved now. */
export function newSceneId(now: number, taken: ReadonlySet<string>): string {
  return uniqueSceneId(`scene-${Math.max(0, Math.floor(now)).toString(36)}`, taken)
}

export function addScene(list: readonly Scene[], scene: Scene): Scene[] {
  return [...list, scene]
}

/**
 * Renames a scene in the language the user sees it in: English text is replaced where the
 * scene has English, otherwise the Russian text (which every scene has) is.
 */
export function renameScene(
  list: readonly Scene[],
  id: string,
  text: { title: string; caption: string },
  lang: Locale,
): Scene[] {
  const put = (current: LocalizedText, value: string): LocalizedText =>
    lang === 'en' && current.en !== undefined
      ? { ...current, en: value }
      : { ...current, ru: value }
  return list.map((scene) =>
    scene.id === id
      ? {
          ...scene,
          title: put(scene.title, text.title),
          caption: put(scene.caption, text.caption),
        }
      : scene,
  )
}

/** Moves a scene `delta` places (negative: up), stopping at either end. */
export function moveScene(list: readonly Scene[], id: string, delta: number): Scene[] {
  const from = list.findIndex((scene) => scene.id === id)
  if (from < 0) return [...list]
  const to = Math.min(Math.max(from + delta, 0), list.length - 1)
  const next = [...list]
  const [scene] = next.splice(from, 1)
  if (scene) next.splice(to, 0, scene)
  return next
}

/** Removes a scene; says where it was, so it can be put back. */
export function removeScene(
  list: readonly Scene[],
  id: string,
): { list: Scene[]; removed: { scene: Scene; index: number } | null } {
  const index = list.findIndex((scene) => scene.id === id)
  const scene = list[index]
  if (!scene) return { list: [...list], removed: null }
  return { list: list.filter((s) => s.id !== id), removed: { scene, index } }
}

/** Puts a scene back at a position (an undone delete); an id in use gets a new one. */
export function insertScene(
  list: readonly Scene[],
  scene: Scene,
  index: number,
  taken: ReadonlySet<string>,
): Scene[] {
  const next = [...list]
  next.splice(Math.min(Math.max(index, 0), next.length), 0, {
    ...scene,
    id: uniqueSceneId(scene.id, taken),
  })
  return next
}

/**
 * Adds imported scenes after the user's. A scene identical to one already listed (say, a
 * re-import of an export) is skipped; one whose id is taken by a different scene gets a new id.
 */
export function mergeScenes(
  user: readonly Scene[],
  incoming: readonly Scene[],
  others: readonly Scene[] = [],
): { list: Scene[]; added: number; skipped: number; full: number } {
  const known = [...others, ...user]
  const texts = new Set(known.map((scene) => stableText(scene)))
  const taken = new Set(known.map((scene) => scene.id))
  const list = [...user]
  let skipped = 0
  let full = 0
  for (const scene of incoming) {
    if (texts.has(stableText(scene))) {
      skipped++
      continue
    }
    if (list.length >= MAX_SCENES) {
      full++
      continue
    }
    const id = uniqueSceneId(scene.id, taken)
    taken.add(id)
    const added = { ...scene, id }
    texts.add(stableText(added))
    list.push(added)
  }
  return { list, added: list.length - user.length, skipped, full }
}

/** The scene as text with sorted keys, for telling identical scenes apart from similar ones. */
function stableText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  )
}
