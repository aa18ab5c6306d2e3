import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { type Scene, sceneSchema } from '@/domain/schema/scene'
import { useAppStore } from '@/store/app-store'
import { renderUi } from '@/testing/render'
import { seedDatasets } from '@/testing/seed'

import { PresenterSlide } from './presenter-slide'

const scene = (fields: Record<string, unknown>): Scene =>
  sceneSchema.parse({ title: { ru: 'Сцена' }, caption: { ru: 'Подпись' }, ...fields })

const flows = scene({
  id: 'flows',
  title: { ru: 'Потоки' },
  state: {},
  panel: 'charts',
  chart: 'flows',
  tiles: true,
})
const card = scene({ id: 'card', state: { select: 'ent-a' }, panel: 'details' })
const noCard = scene({ id: 'no-card', state: {}, panel: 'details' })
const mapWithRecord = scene({ id: 'map', state: { select: 'ent-a' }, panel: 'map' })

// The heavy panels are lazy chunks: load them once up front, so no test waits on the import.
beforeAll(async () => {
  await Promise.all([
    import('@/features/map/region-map'),
    import('@/features/charts/charts-panel'),
  ])
}, 60_000)

// jsdom lays nothing out; Leaflet needs a sized container to know what is in view.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800)
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600)
})

function present(shown?: Scene) {
  seedDatasets()
  const store = useAppStore.getState()
  store.setBundledScenes({
    status: 'ready',
    file: 'scenes.json',
    scenes: [flows, card, noCard, mapWithRecord],
  })
  if (shown) store.applyScene(shown)
  store.setPresenterMode(true)
  return renderUi(<PresenterSlide />)
}

/** React still resolves a lazy panel a moment after its chunk is loaded. */
const LAZY = { timeout: 4000 }

const hero = () => screen.getByTestId('presenter-hero')
const slide = () => screen.getByTestId('presenter-slide')

describe('the presenter slide', () => {
  it('opens as the title slide: the tiles over the map, and how to go on', async () => {
    present()
    expect(slide()).toHaveAttribute('data-hero', 'map')
    expect(screen.getByTestId('kpi-enterprises')).toBeInTheDocument()
    expect(screen.getByTestId('presenter-caption')).toHaveTextContent('Нажмите →')
    await waitFor(
      () => expect(within(hero()).getByTestId('map')).toBeInTheDocument(),
      LAZY,
    )
  })

  it('shows only the scene’s chart under the tiles', async () => {
    present(flows)
    expect(slide()).toHaveAttribute('data-hero', 'charts')
    expect(screen.getByTestId('presenter-title')).toHaveTextContent('Потоки')
    expect(screen.getByTestId('presenter-progress')).toHaveTextContent('1 / 4')
    expect(screen.getByTestId('kpi-visits')).toBeInTheDocument()
    await waitFor(
      () => expect(within(hero()).getByTestId('chart-flows')).toBeInTheDocument(),
      LAZY,
    )
    for (const other of ['chart-regions', 'chart-industries', 'chart-municipalities'])
      expect(screen.queryByTestId(other)).toBeNull()
  })

  it('shows the selected record’s card as the hero, without tiles', () => {
    present(card)
    expect(slide()).toHaveAttribute('data-hero', 'details')
    expect(within(hero()).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Завод «Альфа»',
    )
    expect(screen.queryByTestId('kpi-visits')).toBeNull()
  })

  it('never shows an empty card: a card scene with no record is the map', async () => {
    present(noCard)
    expect(slide()).toHaveAttribute('data-hero', 'map')
    await waitFor(
      () => expect(within(hero()).getByTestId('map')).toBeInTheDocument(),
      LAZY,
    )
    expect(document.querySelector('.details')).toBeNull()
  })

  it('leaves the card out when the hero is the map, even with a record selected', async () => {
    present(mapWithRecord)
    expect(useAppStore.getState().selectedId).toBe('ent-a')
    await waitFor(
      () => expect(within(hero()).getByTestId('map')).toBeInTheDocument(),
      LAZY,
    )
    expect(document.querySelector('.details')).toBeNull()
  })
})
