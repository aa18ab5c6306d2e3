import { describe, expect, it } from 'vitest'

import { DEFAULT_FILTERS } from '../filters/filters'
import { type Scene, sceneSchema } from '../schema/scene'
import {
  addScene,
  cleanSceneText,
  insertScene,
  makeScene,
  mergeScenes,
  moveScene,
  newSceneId,
  removeScene,
  renameScene,
  uniqueSceneId,
} from './scene-list'
import { sceneStateOf } from './scene-state'

function scene(id: string, title = id): Scene {
  return sceneSchema.parse({
    id,
    title: { ru: title },
    caption: { ru: title },
    state: {},
  })
}

const ids = (list: readonly Scene[]) => list.map((s) => s.id)

describe('saving a scene', () => {
  it('captures the current view and keeps what was typed, cleaned', () => {
    const text = cleanSceneText('  Визит\nделегации ', '')
    expect(text).toEqual({
      ok: true,
      title: 'Визит делегации',
      caption: 'Визит делегации',
    })
    if (!text.ok) return
    const state = sceneStateOf({
      filters: { ...DEFAULT_FILTERS, regions: ['RU-CHE'], from: '2025-11-01' },
      selectedId: 'ent-rts',
      mapView: { lat: 55, lon: 46.7, zoom: 4.5 },
      tab: 'table',
      timelineCursor: '2025-11-30',
    })
    const saved = makeScene({ id: 'scene-1', ...text, state })
    expect(sceneSchema.parse(saved)).toEqual(saved)
    expect(saved.state).toMatchObject({
      select: 'ent-rts',
      tab: 'table',
      timelineCursor: '2025-11-30',
      view: { lat: 55, lon: 46.7, zoom: 4.5 },
    })
    expect(saved.state.filters.regions).toEqual(['RU-CHE'])
    expect(ids(addScene([scene('a')], saved))).toEqual(['a', 'scene-1'])
  })

  it('needs a title', () => {
    expect(cleanSceneText('   ', 'подпись')).toEqual({
      ok: false,
      error: 'title-required',
    })
  })

  it('gives every new scene an id of its own', () => {
    const taken = new Set(['scene-1', newSceneId(1000, new Set())])
    expect(newSceneId(1000, taken)).toBe(`scene-${(1000).toString(36)}-2`)
    expect(uniqueSceneId('scene-1', taken)).toBe('scene-1-2')
    expect(uniqueSceneId('free', taken)).toBe('free')
  })
})

describe('reordering', () => {
  const list = [scene('a'), scene('b'), scene('c')]
  it('moves a scene up or down one place', () => {
    expect(ids(moveScene(list, 'b', -1))).toEqual(['b', 'a', 'c'])
    expect(ids(moveScene(list, 'b', 1))).toEqual(['a', 'c', 'b'])
  })
  it('stops at either end and leaves an unknown id alone', () => {
    expect(ids(moveScene(list, 'a', -1))).toEqual(['a', 'b', 'c'])
    expect(ids(moveScene(list, 'c', 1))).toEqual(['a', 'b', 'c'])
    expect(ids(moveScene(list, 'zz', 1))).toEqual(['a', 'b', 'c'])
  })
  it('does not change the list it was given', () => {
    moveScene(list, 'b', -1)
    expect(ids(list)).toEqual(['a', 'b', 'c'])
  })
})

describe('renaming', () => {
  it('changes the Russian text, the one every scene has', () => {
    const [renamed] = renameScene(
      [scene('a')],
      'a',
      { title: 'Новое', caption: 'Строка' },
      'ru',
    )
    expect(renamed?.title).toEqual({ ru: 'Новое' })
    expect(renamed?.caption).toEqual({ ru: 'Строка' })
  })
  it('changes the English text when the user reads the scene in English', () => {
    const bilingual = sceneSchema.parse({
      id: 'a',
      title: { ru: 'Обзор', en: 'Overview' },
      caption: { ru: 'Область', en: 'Region' },
      state: {},
    })
    const [renamed] = renameScene(
      [bilingual],
      'a',
      { title: 'Intro', caption: 'All' },
      'en',
    )
    expect(renamed?.title).toEqual({ ru: 'Обзор', en: 'Intro' })
    const [ruOnly] = renameScene(
      [scene('b')],
      'b',
      { title: 'Intro', caption: 'All' },
      'en',
    )
    expect(ruOnly?.title).toEqual({ ru: 'Intro' })
  })
})

describe('deleting', () => {
  it('removes the scene and says where it was, so it can be put back', () => {
    const list = [scene('a'), scene('b'), scene('c')]
    const { list: left, removed } = removeScene(list, 'b')
    expect(ids(left)).toEqual(['a', 'c'])
    expect(removed).toEqual({ scene: list[1], index: 1 })
    expect(ids(insertScene(left, list[1] as Scene, 1, new Set(ids(left))))).toEqual([
      'a',
      'b',
      'c',
    ])
    expect(removeScene(list, 'zz').removed).toBeNull()
  })
})

describe('merging imported scenes', () => {
  it('skips identical scenes and renames a different one whose id is taken', () => {
    const own = [scene('a'), scene('b')]
    const incoming = [scene('a'), scene('b', 'Другая'), scene('c')]
    const merged = mergeScenes(own, incoming, [scene('bundled')])
    expect(ids(merged.list)).toEqual(['a', 'b', 'b-2', 'c'])
    expect(merged).toMatchObject({ added: 2, skipped: 1 })
  })
})
