import { act, screen } from '@testing-library/react'
import { expect, it, vi } from 'vitest'

import * as filters from '@/domain/filters/filters'
import { useAppStore } from '@/store/app-store'
import { renderUi } from '@/testing/render'
import { seedDatasets } from '@/testing/seed'

import { WhatsNew } from './whats-new'

// Counts the passes over the records while keeping what they compute.
vi.mock('@/domain/filters/filters', async (original) => {
  const actual = await original<typeof filters>()
  return {
    ...actual,
    placeFilterMask: vi.fn(actual.placeFilterMask),
    visitFilterMask: vi.fn(actual.visitFilterMask),
    eventFilterMask: vi.fn(actual.eventFilterMask),
    filterPlaces: vi.fn(actual.filterPlaces),
  }
})

it('does only its own work on a filter change: no pass over the places no open panel shows', () => {
  seedDatasets()
  renderUi(<WhatsNew />)
  const count = Number(screen.getByTestId('whats-new-count').textContent)
  vi.clearAllMocks()
  act(() => useAppStore.getState().toggleFilterValue('industries', 'energy'))
  expect(Number(screen.getByTestId('whats-new-count').textContent)).toBeLessThan(count)
  // StrictMode renders twice; the passes are shared all the same.
  expect(vi.mocked(filters.visitFilterMask)).toHaveBeenCalledTimes(1)
  expect(vi.mocked(filters.eventFilterMask)).toHaveBeenCalledTimes(1)
  // The tiles, the map and the charts are not mounted: their place selections never run.
  expect(vi.mocked(filters.placeFilterMask)).not.toHaveBeenCalled()
  expect(vi.mocked(filters.filterPlaces)).not.toHaveBeenCalled()
})
