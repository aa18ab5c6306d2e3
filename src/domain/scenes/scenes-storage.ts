import {
  type KeyValueStore,
  type Migration,
  type Unreadable,
  type VersionedSpec,
  keepBackup,
  readVersioned,
  writeVersioned,
} from '@/shared/storage/versioned'

import { type Scene, sceneSchema } from '../schema/scene'
import { MAX_SCENES } from './scene-list'

/** The browser storage key of the user's scenes; only scenes are stored, never datasets. */
export const SCENES_STORAGE_KEY = 'promkarta.scenes.v1'

/** The shape version written now; older stored shapes are migrated on reading. */
const SCENES_STORAGE_VERSION = 1

/** The part of `Storage` this module uses (a stub in tests). */
export type SceneStorage = KeyValueStore

export type SceneMigration = Migration

/**
 * Migrations by the version they start from. None yet: version 1 is the first. When the
 * stored shape changes, bump `SCENES_STORAGE_VERSION` and add the step from the old one here.
 */
const SCENE_MIGRATIONS: Readonly<Record<number, SceneMigration>> = {}

export interface StoredScenes {
  scenes: Scene[]
  /** Stored scenes that could not be read and were left out. */
  dropped: number
  /** What could not be read, kept aside under a backup key; `null` when all was read. */
  unreadable: Unreadable | null
}

interface DecodedScenes {
  scenes: Scene[]
  dropped: number
}

function decodeScenes(data: unknown): DecodedScenes | null {
  const list = (data as { scenes?: unknown }).scenes
  if (!Array.isArray(list)) return null
  const scenes: Scene[] = []
  const ids = new Set<string>()
  // Beyond the cap nothing is checked: the rest counts as not read (and is kept in the backup).
  let dropped = Math.max(0, list.length - MAX_SCENES)
  for (const raw of (list as unknown[]).slice(0, MAX_SCENES)) {
    const parsed = sceneSchema.safeParse(raw)
    if (parsed.success && !ids.has(parsed.data.id)) {
      ids.add(parsed.data.id)
      scenes.push(parsed.data)
    } else dropped++
  }
  return { scenes, dropped }
}

const specOf = (
  migrations: Readonly<Record<number, SceneMigration>>,
  version: number,
): VersionedSpec<DecodedScenes> => ({
  key: SCENES_STORAGE_KEY,
  version,
  migrations,
  decode: decodeScenes,
})

/**
 * Reads the user's scenes. Never throws. Storage that is unreadable or written by a newer
 * version yields no scenes, and its text is kept under a backup key (never overwritten); a
 * single invalid scene is left out, and the whole text is kept aside the same way.
 */
export function readStoredScenes(
  storage: SceneStorage | null,
  migrations: Readonly<Record<number, SceneMigration>> = SCENE_MIGRATIONS,
  version: number = SCENES_STORAGE_VERSION,
  now: () => number = Date.now,
): StoredScenes {
  const read = readVersioned(storage, specOf(migrations, version), now)
  if (read.status === 'empty' || read.status === 'unavailable')
    return { scenes: [], dropped: 0, unreadable: null }
  if (read.status === 'unreadable') {
    const { status: _status, ...unreadable } = read
    return { scenes: [], dropped: countOf(read.raw), unreadable }
  }
  const { scenes, dropped } = read.value
  if (dropped === 0 || !storage) return { scenes, dropped, unreadable: null }
  // Some scenes are left out: the next write would lose them, so the text is kept first.
  const raw = storage.getItem(SCENES_STORAGE_KEY) ?? ''
  return {
    scenes,
    dropped,
    unreadable: {
      key: SCENES_STORAGE_KEY,
      raw,
      reason: 'invalid',
      version,
      backupKey: keepBackup(storage, SCENES_STORAGE_KEY, raw, now),
    },
  }
}

/** Writes the user's scenes; false when the browser refuses (storage full or blocked). */
export function writeStoredScenes(
  storage: SceneStorage | null,
  scenes: readonly Scene[],
  now: () => number = Date.now,
): boolean {
  return writeVersioned(
    storage,
    specOf(SCENE_MIGRATIONS, SCENES_STORAGE_VERSION),
    { scenes },
    now,
  )
}

function countOf(raw: string): number {
  try {
    const data = JSON.parse(raw) as { scenes?: unknown }
    return Array.isArray(data.scenes) ? data.scenes.length : 1
  } catch {
    return 1
  }
}
