import { describe, expect, it } from 'vitest'

import { DEFAULT_FILTERS } from '@/domain/filters/filters'
import { SCENES_STORAGE_KEY, readStoredScenes } from '@/domain/scenes/scenes-storage'
import { sceneSchema } from '@/domain/schema/scene'

import { useAppStore } from './app-store'
import { selectActiveSceneIndex, selectScenes } from './scenes-slice'
import { openUserScenes } from './user-scenes'

const bundled = sceneSchema.parse({
  id: 'scene-che',
  title: { ru: 'Делегация' },
  caption: { ru: 'Ноябрь 2025' },
  state: {
    filters: { regions: ['RU-CHE'], from: '2025-11-01', to: '2025-11-30' },
    select: 'ent-rts',
    view: { lat: 55, lon: 46.7, zoom: 4.5 },
    tab: 'table',
    timelineCursor: '2025-11-30',
  },
})

const store = () => useAppStore.getState()

describe('the scenes slice', () => {
  it('applies a scene to the store, as a link would', () => {
    store().setBundledScenes({ status: 'ready', file: 'scenes.json', scenes: [bundled] })
    store().applyScene(bundled)
    const s = store()
    expect(s.filters).toEqual({
      ...DEFAULT_FILTERS,
      regions: ['RU-CHE'],
      from: '2025-11-01',
      to: '2025-11-30',
    })
    expect(s.selectedId).toBe('ent-rts')
    expect(s.mapView).toEqual({ lat: 55, lon: 46.7, zoom: 4.5 })
    expect(s.tab).toBe('table')
    expect(s.timelineCursor).toBe('2025-11-30')
    expect(s.activeSceneId).toBe('scene-che')
    expect(selectActiveSceneIndex(s)).toBe(0)
    s.syncActiveScene()
    expect(store().activeSceneId).toBe('scene-che')
    s.select(null)
    store().syncActiveScene()
    expect(store().activeSceneId).toBeNull()
  })

  it('switches the map to the municipal view for a scene that asks, and back for the next', () => {
    const municipal = sceneSchema.parse({
      ...bundled,
      id: 'scene-mo',
      mapMode: 'municipal',
    })
    store().applyScene(municipal)
    expect(store().layers).toMatchObject({
      municipal: true,
      enterprises: false,
      parks: false,
      centres: false,
    })
    store().applyScene(bundled)
    expect(store().layers).toMatchObject({
      municipal: false,
      enterprises: true,
      parks: true,
      centres: true,
    })
  })

  it('saves, renames, reorders and deletes the user’s scenes and keeps them in the browser', async () => {
    await openUserScenes()
    store().setBundledScenes({ status: 'ready', file: 'scenes.json', scenes: [bundled] })
    store().applyFilters({ ...DEFAULT_FILTERS, industries: ['energy'] })
    const first = store().saveScene({ title: 'Энергетика', caption: 'Энергетика' })
    store().select('ent-snpp')
    const second = store().saveScene({ title: 'АЭС', caption: 'Смоленская АЭС' })
    expect(first.state.filters.industries).toEqual(['energy'])
    expect(second.state.select).toBe('ent-snpp')
    expect(selectScenes(store()).map((s) => s.id)).toEqual([
      'scene-che',
      first.id,
      second.id,
    ])
    store().renameScene(first.id, { title: 'Энергия', caption: 'Станции' })
    store().moveScene(second.id, -1)
    expect(store().userScenes.map((s) => s.title.ru)).toEqual(['АЭС', 'Энергия'])
    const stored = () => readStoredScenes(localStorage).scenes.map((s) => s.id)
    expect(stored()).toEqual([second.id, first.id])
    const removed = store().deleteScene(second.id)
    expect(stored()).toEqual([first.id])
    if (removed) store().restoreScene(removed.scene, removed.index)
    expect(stored()).toEqual([second.id, first.id])
    expect(localStorage.getItem(SCENES_STORAGE_KEY)).not.toContain('enterprises')
  })

  it('adds imported scenes after the user’s own, skipping those already listed', () => {
    store().setBundledScenes({ status: 'ready', file: 'scenes.json', scenes: [bundled] })
    const own = store().saveScene({ title: 'Своя', caption: 'Своя' })
    const result = store().importScenes([bundled, { ...bundled, id: 'scene-other' }, own])
    expect(result).toEqual({ added: 1, skipped: 2, full: 0 })
    expect(store().userScenes.map((s) => s.id)).toEqual([own.id, 'scene-other'])
  })
})

describe('the scene list selector', () => {
  it('returns the same list while nothing changed, loaded or not (React needs it stable)', () => {
    expect(selectScenes(store())).toBe(selectScenes(store()))
    store().setBundledScenes({ status: 'loading' })
    expect(selectScenes(store())).toBe(selectScenes(store()))
    expect(selectScenes(store())).toEqual([])
  })
})
