import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { useAppStore } from '@/store/app-store'
import { fixture } from '@/testing/fixtures'
import { renderUi } from '@/testing/render'
import { seedDatasets } from '@/testing/seed'

import { RegionMap } from './region-map'

/** The fixture's enterprises and parks, split by whether they carry coordinates. */
const fixturePlaces = [
  ...fixture['enterprises.json'].records,
  ...fixture['parks.json'].records,
]
const placed = fixturePlaces.filter((r) => 'lat' in r.location).map((r) => r.id)
const unplaced = fixturePlaces.filter((r) => !('lat' in r.location))

// jsdom lays nothing out; Leaflet needs a sized container to know what is in view.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800)
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600)
})

function markerIds(): string[] {
  return [...screen.getByTestId('map').querySelectorAll('[data-record-id]')]
    .map((el) => el.getAttribute('data-record-id') ?? '')
    .sort()
}

describe('the region map (StrictMode)', () => {
  it('draws one marker per placed record, lists the unplaced, and selects with Enter', async () => {
    seedDatasets()
    renderUi(<RegionMap />)
    await waitFor(() => expect(markerIds()).toEqual([...placed].sort()))
    const note = screen.getByTestId('unplaced')
    expect(
      within(note)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(unplaced.map((r) => r.name.ru))
    const alpha = screen
      .getByTestId('map')
      .querySelector<HTMLElement>('[data-record-id="ent-a"]')
    if (!alpha) throw new Error('no marker for ent-a')
    let updates = 0
    const unsubscribe = useAppStore.subscribe(() => updates++)
    fireEvent.keyDown(alpha, { key: 'Enter' })
    unsubscribe()
    expect(useAppStore.getState().selectedId).toBe('ent-a')
    // StrictMode ran the marker's effects twice: one key handler is left, not two.
    expect(updates).toBe(1)
  })

  it('follows the filters: a marker leaves when its record is filtered out', async () => {
    seedDatasets()
    renderUi(<RegionMap />)
    await waitFor(() => expect(markerIds()).toEqual([...placed].sort()))
    useAppStore.getState().toggleFilterValue('industries', 'energy')
    const energy = fixturePlaces
      .filter((r) => 'lat' in r.location && r.industries.includes('energy'))
      .map((r) => r.id)
    await waitFor(() => expect(markerIds()).toEqual(energy.sort()))
  })
})
