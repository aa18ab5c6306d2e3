import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import i18n from 'i18next'
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

  it('follows the filters: a filtered-out marker is hidden where it stands and comes back', async () => {
    seedDatasets()
    renderUi(<RegionMap />)
    await waitFor(() => expect(markerIds()).toEqual([...placed].sort()))
    const other = placed.find(
      (id) => !fixturePlaces.find((r) => r.id === id)?.industries.includes('energy'),
    )
    const element = screen
      .getByTestId('map')
      .querySelector<HTMLElement>(`[data-record-id="${other ?? ''}"]`)
    if (!element) throw new Error('no marker outside energy')
    useAppStore.getState().toggleFilterValue('industries', 'energy')
    const energy = fixturePlaces
      .filter((r) => 'lat' in r.location && r.industries.includes('energy'))
      .map((r) => r.id)
    await waitFor(() => expect(markerIds()).toEqual(energy.sort()))
    // The same element, hidden and nameless: not drawn, not reached by Tab, not announced.
    expect(element.isConnected).toBe(true)
    expect(element.hidden).toBe(true)
    expect(element.hasAttribute('aria-label')).toBe(false)
    useAppStore.getState().resetFilters()
    await waitFor(() => expect(markerIds()).toEqual([...placed].sort()))
    expect(element.isConnected).toBe(true)
    expect(element.hidden).toBe(false)
    expect(element.getAttribute('data-record-id')).toBe(other)
  })
})

describe('the map controls, legend and flows', () => {
  it('titles the zoom buttons in the interface language and follows a switch', async () => {
    seedDatasets()
    renderUi(<RegionMap />)
    const map = screen.getByTestId('map')
    expect(within(map).getByRole('button', { name: 'Приблизить' })).toHaveAttribute(
      'title',
      'Приблизить',
    )
    expect(within(map).getByRole('button', { name: 'Отдалить' })).toBeInTheDocument()
    await act(() => i18n.changeLanguage('en'))
    try {
      expect(within(map).getByRole('button', { name: 'Zoom in' })).toHaveAttribute(
        'title',
        'Zoom in',
      )
      expect(within(map).getByRole('button', { name: 'Zoom out' })).toBeInTheDocument()
      expect(within(map).queryByRole('button', { name: 'Приблизить' })).toBeNull()
    } finally {
      await act(() => i18n.changeLanguage('ru'))
    }
  })

  it('counts each industry under the other filters once unfolded', async () => {
    seedDatasets()
    const { user } = renderUi(<RegionMap />)
    // Folded, it lists (and counts) nothing.
    expect(screen.getByTestId('map').querySelector('.legend-toggle')).toBeNull()
    await user.click(screen.getByText('Условные обозначения'))
    const legend = await screen.findByRole('list', { name: /отрасл/i })
    const count = (industry: string) =>
      legend.querySelector(`[data-industry="${industry}"] .legend-toggle__count`)
        ?.textContent
    expect([count('aerospace'), count('energy'), count('multi-sector')]).toEqual([
      '2',
      '2',
      '1',
    ])
    act(() => useAppStore.getState().toggleFilterValue('municipalities', 'roslavlsky'))
    // Only «Бета» (energy) is in Roslavl; the other industries have nothing there.
    await waitFor(() => expect(count('energy')).toBe('1'))
    expect(count('aerospace')).toBeUndefined()
    // Its own pick does not narrow an industry's count: energy picked, aerospace stays listed.
    act(() => useAppStore.getState().setFilter('municipalities', []))
    act(() => useAppStore.getState().toggleFilterValue('industries', 'energy'))
    await waitFor(() => expect(count('aerospace')).toBe('2'))
    expect(count('energy')).toBe('2')
  })

  it('labels a flow with its visit count, read out with its regions', async () => {
    seedDatasets()
    renderUi(<RegionMap />)
    const label = await waitFor(() => {
      const found = screen.getByTestId('map').querySelector('.flow-count')
      if (!found) throw new Error('no flow count yet')
      return found
    })
    expect(label.textContent).toBe('1')
    expect(label).toHaveAttribute('role', 'img')
    expect(label).toHaveAttribute(
      'aria-label',
      'Челябинская область → Смоленская область: 1 визит',
    )
  })

  it('fits the picked partner regions with the home region, unless the change brings a view', async () => {
    seedDatasets()
    renderUi(<RegionMap />)
    await waitFor(() => expect(markerIds().length).toBeGreaterThan(0))
    act(() => useAppStore.getState().toggleFilterValue('regions', 'RU-CHE'))
    // Between Smolensk (32° E) and Chelyabinsk (61° E).
    await waitFor(() => expect(useAppStore.getState().mapView?.lon).toBeGreaterThan(40))
    // A scene or a link brings its own view with the filter: that view stays.
    act(() =>
      useAppStore.setState((s) => ({
        filters: { ...s.filters, regions: ['RU-BRY'] },
        mapView: { lat: 55.5, lon: 60, zoom: 5 },
      })),
    )
    await waitFor(() => expect(useAppStore.getState().mapView?.lon).toBeCloseTo(60, 1))
  })
})
