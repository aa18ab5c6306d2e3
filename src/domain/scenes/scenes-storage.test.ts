import { describe, expect, it } from 'vitest'

import { type Scene, sceneSchema } from '../schema/scene'
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
    expect(readStoredScenes(storage)).toEqual({ scenes: [scene], dropped: 0 })
  })

  it('read as none when nothing is stored, the storage is blocked or unreadable', () => {
    expect(readStoredScenes(memoryStorage())).toEqual({ scenes: [], dropped: 0 })
    expect(readStoredScenes(null)).toEqual({ scenes: [], dropped: 0 })
    const blocked: SceneStorage = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    expect(readStoredScenes(blocked)).toEqual({ scenes: [], dropped: 0 })
    expect(writeStoredScenes(blocked, [scene])).toBe(false)
    expect(readStoredScenes(memoryStorage('{not json'))).toEqual({
      scenes: [],
      dropped: 1,
    })
  })

  it('leave out an invalid scene but keep the others', () => {
    const storage = memoryStorage({
      version: 1,
      scenes: [scene, { id: 'bad', title: {} }, scene],
    })
    expect(readStoredScenes(storage)).toEqual({ scenes: [scene], dropped: 2 })
  })

  it('are migrated from an older shape, step by step', () => {
    const storage = memoryStorage({ version: 0, list: [scene] })
    const migrations = {
      0: (data: unknown) => ({ version: 1, scenes: (data as { list: unknown[] }).list }),
    }
    expect(readStoredScenes(storage, migrations)).toEqual({ scenes: [scene], dropped: 0 })
    // Without a way from version 0, nothing is read rather than something wrong.
    expect(readStoredScenes(storage).scenes).toEqual([])
  })

  it('written by a newer version are not read', () => {
    const storage = memoryStorage({ version: 2, scenes: [scene] })
    expect(readStoredScenes(storage)).toEqual({ scenes: [], dropped: 1 })
  })
})
