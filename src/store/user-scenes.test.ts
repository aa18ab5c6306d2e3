import { describe, expect, it } from 'vitest'

import {
  SCENES_STORAGE_KEY,
  readStoredScenes,
  writeStoredScenes,
} from '@/domain/scenes/scenes-storage'
import { sceneSchema } from '@/domain/schema/scene'

import { useAppStore } from './app-store'
import { openUserScenes } from './user-scenes'

const stored = sceneSchema.parse({
  id: 'scene-stored',
  title: { ru: 'Сохранённая' },
  caption: { ru: 'Из прошлого визита' },
  state: { select: 'ent-rts' },
})

const store = () => useAppStore.getState()

describe('the user’s scenes at start', () => {
  it('are read from the browser when opened, and every change is written from then on', async () => {
    writeStoredScenes(localStorage, [stored])
    expect(store().userScenes).toEqual([])
    await openUserScenes()
    expect(store().userScenes).toEqual([stored])
    const made = store().saveScene({ title: 'Новая', caption: 'Новая' })
    expect(readStoredScenes(localStorage).scenes.map((s) => s.id)).toEqual([
      'scene-stored',
      made.id,
    ])
  })

  it('keep a scene made before the read after the stored ones, and write both', async () => {
    writeStoredScenes(localStorage, [stored])
    const early = store().saveScene({ title: 'Ранняя', caption: 'Ранняя' })
    // Not written yet: writing now would replace the scenes still to be read.
    expect(readStoredScenes(localStorage).scenes.map((s) => s.id)).toEqual([
      'scene-stored',
    ])
    await openUserScenes()
    expect(store().userScenes.map((s) => s.id)).toEqual(['scene-stored', early.id])
    expect(readStoredScenes(localStorage).scenes.map((s) => s.id)).toEqual([
      'scene-stored',
      early.id,
    ])
  })

  it('set aside stored text that cannot be read, for the notice to offer', async () => {
    localStorage.setItem(SCENES_STORAGE_KEY, '{"version":7,"scenes":[]}')
    await openUserScenes()
    expect(store().userScenes).toEqual([])
    expect(store().scenesBackup).toMatchObject({ reason: 'newer', read: 0 })
  })
})
