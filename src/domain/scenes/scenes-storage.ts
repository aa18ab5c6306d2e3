import { type Scene, sceneSchema } from '../schema/scene'

/** The browser storage key of the user's scenes; only scenes are stored, never datasets. */
export const SCENES_STORAGE_KEY = 'promkarta.scenes.v1'

/** The shape version written now; older stored shapes are migrated on reading. */
const SCENES_STORAGE_VERSION = 1

/** The part of `Storage` this module uses (a stub in tests). */
export type SceneStorage = Pick<Storage, 'getItem' | 'setItem'>

/** Turns stored data of version `n` into version `n + 1`. */
export type SceneMigration = (data: unknown) => unknown

/**
 * Migrations by the version they start from. None yet: version 1 is the first. When the
 * stored shape changes, bump `SCENES_STORAGE_VERSION` and add the step from the old one here.
 */
const SCENE_MIGRATIONS: Readonly<Record<number, SceneMigration>> = {}

export interface StoredScenes {
  scenes: Scene[]
  /** Stored scenes that could not be read and were left out. */
  dropped: number
}

/**
 * Reads the user's scenes. Never throws: storage that is blocked, unreadable or written by a
 * newer version yields no scenes; each invalid scene is left out on its own.
 */
export function readStoredScenes(
  storage: SceneStorage | null,
  migrations: Readonly<Record<number, SceneMigration>> = SCENE_MIGRATIONS,
  version: number = SCENES_STORAGE_VERSION,
): StoredScenes {
  let text: string | null = null
  try {
    text = storage?.getItem(SCENES_STORAGE_KEY) ?? null
  } catch {
    return { scenes: [], dropped: 0 }
  }
  if (text === null) return { scenes: [], dropped: 0 }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { scenes: [], dropped: 1 }
  }
  let at = versionOf(data)
  while (at !== null && at < version) {
    const step = migrations[at]
    if (!step) return { scenes: [], dropped: countOf(data) }
    data = step(data)
    at = versionOf(data) ?? at + 1
  }
  if (at !== version || !isRecord(data) || !Array.isArray(data.scenes))
    return { scenes: [], dropped: countOf(data) }
  const scenes: Scene[] = []
  const ids = new Set<string>()
  let dropped = 0
  for (const raw of data.scenes as unknown[]) {
    const parsed = sceneSchema.safeParse(raw)
    if (parsed.success && !ids.has(parsed.data.id)) {
      ids.add(parsed.data.id)
      scenes.push(parsed.data)
    } else dropped++
  }
  return { scenes, dropped }
}

/** Writes the user's scenes; false when the browser refuses (storage full or blocked). */
export function writeStoredScenes(
  storage: SceneStorage | null,
  scenes: readonly Scene[],
): boolean {
  if (!storage) return false
  try {
    storage.setItem(
      SCENES_STORAGE_KEY,
      JSON.stringify({ version: SCENES_STORAGE_VERSION, scenes }),
    )
    return true
  } catch {
    return false
  }
}

function versionOf(data: unknown): number | null {
  return isRecord(data) && typeof data.version === 'number' ? data.version : null
}

function countOf(data: unknown): number {
  return isRecord(data) && Array.isArray(data.scenes) ? data.scenes.length : 1
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
