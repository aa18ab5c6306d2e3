import { describe, expect, it } from 'vitest'

import { DEFAULT_FILTERS } from '../filters/filters'
import { decodeUrlState } from '../filters/filters-url'
import { sceneSchema } from '../schema/scene'
import {
  sceneHref,
  scenePatch,
  sceneStateOf,
  sceneUrlState,
  showsScene,
} from './scene-state'

const scene = sceneSchema.parse({
  id: 'scene-che',
  title: { ru: 'Делегация' },
  caption: { ru: 'Ноябрь 2025' },
  state: {
    filters: { regions: ['RU-CHE'], from: '2025-11-01', to: '2025-11-30' },
    select: 'ent-rts',
    view: { lat: 55, lon: 46.7, zoom: 4.5 },
    timelineCursor: '2025-11-30',
  },
  panel: 'timeline',
})

describe('applying a scene', () => {
  it('sets filters, record, section, cursor and map view', () => {
    const patch = scenePatch(scene)
    expect(patch).toEqual({
      filters: {
        ...DEFAULT_FILTERS,
        regions: ['RU-CHE'],
        from: '2025-11-01',
        to: '2025-11-30',
      },
      selectedId: 'ent-rts',
      tab: 'charts',
      timelineCursor: '2025-11-30',
      mapView: { lat: 55, lon: 46.7, zoom: 4.5 },
    })
    // What was applied reads back as the same scene state.
    expect(sceneStateOf(patch)).toEqual(scene.state)
    expect(showsScene(scene, patch)).toBe(true)
    expect(showsScene(scene, { ...patch, selectedId: null })).toBe(false)
  })

  it('matches a view whose lists hold the same values in another order', () => {
    const patch = scenePatch(scene)
    const filters = { ...patch.filters, q: ' ' }
    expect(showsScene(scene, { ...patch, filters })).toBe(true)
  })
})

describe('a scene as a link', () => {
  it('encodes the scene’s state as the link parameters, keeping the data folder', () => {
    const href = sceneHref(scene, 'en', {
      origin: 'https://example.org',
      pathname: '/promkarta/',
      search: '?data=/pskov/data/&industry=energy',
    })
    const url = new URL(href)
    expect(url.origin + url.pathname).toBe('https://example.org/promkarta/')
    expect(url.searchParams.get('data')).toBe('/pskov/data/')
    expect(url.searchParams.get('industry')).toBeNull()
    const decoded = decodeUrlState(url.search)
    expect(decoded.problems).toEqual([])
    expect(decoded.state).toEqual(sceneUrlState(scene, 'en'))
  })
})
