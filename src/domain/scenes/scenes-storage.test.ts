import { describe, expect, it } from 'vitest'

import { type Scene, sceneSchema } from '../schema/scene'
import { MAX_SCENES } from './scene-list'
import {
  SCENES_STORAGE_KEY,
  type SceneStorage,
  readStoredScenes,
  writeStoredScenes,
} from './scenes-storage'

function memoryStorage(initial?: unknown): SceneStorage & { data: Map<string, string> } {
  const data = new Map<string, string>()
  if (initial !== undefined)
    data.set(
      SCENES_STORAGE_KEY,
      typeof initial === 'string' ? initial : JSON.stringify(initial),
    )
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  }
}

const scene: Scene = sceneSchema.parse({
  id: 'scene-a',
  title: { ru: 'А' },
  caption: { ru: 'Подпись' },
  state: { select: 'ent-rts' },
})

describe('the user’s scenes in the browser', () => {
  it('survive a write and a read under a versioned key', () => {
    const storage = memoryStorage()
    expect(writeStoredScenes(storage, [scene])).toBe(true)
    expect(JSON.parse(storage.data.get('promkarta.scenes.v1') ?? '')).toMatchObject({
      version: 1,
    })
    expect(readStoredScenes(storage)).toEqual({
      scenes: [scene],
      dropped: 0,
      unreadable: null,
    })
  })

  it('read as none when nothing is stored, the storage is blocked or unreadable', () => {
    const none = { scenes: [], dropped: 0, unreadable: null }
    expect(readStoredScenes(memoryStorage())).toEqual(none)
    expect(readStoredScenes(null)).toEqual(none)
    const blocked: SceneStorage = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    expect(readStoredScenes(blocked)).toEqual(none)
    expect(writeStoredScenes(blocked, [scene])).toBe(false)
    const broken = memoryStorage('{not json')
    expect(readStoredScenes(broken, undefined, undefined, () => 5)).toEqual({
      scenes: [],
      dropped: 1,
      unreadable: {
        key: SCENES_STORAGE_KEY,
        raw: '{not json',
        reason: 'malformed',
        backupKey: `${SCENES_STORAGE_KEY}.backup.5`,
      },
    })
    expect(broken.data.get(`${SCENES_STORAGE_KEY}.backup.5`)).toBe('{not json')
  })

  it('leave out an invalid scene but keep the others', () => {
    const storage = memoryStorage({
      version: 1,
      scenes: [scene, { id: 'bad', title: {} }, scene],
    })
    const raw = storage.data.get(SCENES_STORAGE_KEY)
    const read = readStoredScenes(storage, undefined, undefined, () => 7)
    expect(read.scenes).toEqual([scene])
    expect(read.dropped).toBe(2)
    // The next write would lose the invalid ones: the whole text is kept aside first.
    expect(read.unreadable).toMatchObject({ reason: 'invalid', raw })
    expect(storage.data.get(`${SCENES_STORAGE_KEY}.backup.7`)).toBe(raw)
    expect(writeStoredScenes(storage, read.scenes)).toBe(true)
    expect(storage.data.get(`${SCENES_STORAGE_KEY}.backup.7`)).toBe(raw)
  })

  it('are migrated from an older shape, step by step', () => {
    const storage = memoryStorage({ version: 0, list: [scene] })
    const migrations = {
      0: (data: unknown) => ({ version: 1, scenes: (data as { list: unknown[] }).list }),
    }
    expect(readStoredScenes(storage, migrations)).toMatchObject({
      scenes: [scene],
      dropped: 0,
    })
    // Without a way from version 0, nothing is read rather than something wrong.
    expect(readStoredScenes(storage).scenes).toEqual([])
  })

  it('written by a newer version are not read', () => {
    const storage = memoryStorage({ version: 7, scenes: [scene] })
    const raw = storage.data.get(SCENES_STORAGE_KEY) ?? ''
    const read = readStoredScenes(storage, undefined, undefined, () => 9)
    expect(read).toMatchObject({ scenes: [], dropped: 1 })
    expect(read.unreadable).toMatchObject({ reason: 'newer', version: 7, raw })
    // Saving a new scene afterwards keeps the newer version's text under its backup key.
    expect(writeStoredScenes(storage, [scene])).toBe(true)
    expect(storage.data.get(`${SCENES_STORAGE_KEY}.backup.9`)).toBe(raw)
  })
})

describe('stored scenes over the cap', () => {
  it('keeps the first scenes up to the cap, counts the rest as not read and keeps a backup', () => {
    const stored = Array.from({ length: MAX_SCENES + 4 }, (_, i) => ({
      ...scene,
      id: `scene-${i}`,
    }))
    const storage = memoryStorage({ version: 1, scenes: stored })
    const read = readStoredScenes(storage)
    expect(read.scenes).toHaveLength(MAX_SCENES)
    expect(read.dropped).toBe(4)
    expect(read.unreadable?.backupKey).toBeTruthy()
  })
})
