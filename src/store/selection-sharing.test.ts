import { beforeEach, describe, expect, it, vi } from 'vitest'

import * as filters from '@/domain/filters/filters'
import { seedDatasets } from '@/testing/seed'

import { useAppStore } from './app-store'
import { selectShownCounts, selectTotalCounts } from './count-selectors'
import {
  selectFilteredEvents,
  selectFilteredPlaces,
  selectFilteredVisits,
  selectOpenPeriodEvents,
  selectOpenPeriodVisits,
  selectPlacesWithout,
  selectUnplaced,
  selectVisibleMask,
  selectVisiblePlaces,
  selectVisitPlaces,
} from './selectors'

// Counts the passes over the records while keeping what they compute.
vi.mock('@/domain/filters/filters', async (original) => {
  const actual = await original<typeof filters>()
  return {
    ...actual,
    placeFilterMask: vi.fn(actual.placeFilterMask),
    visitFilterMask: vi.fn(actual.visitFilterMask),
    eventFilterMask: vi.fn(actual.eventFilterMask),
    filterPlaces: vi.fn(actual.filterPlaces),
    filterVisits: vi.fn(actual.filterVisits),
    filterEvents: vi.fn(actual.filterEvents),
  }
})

const passes = () => ({
  placeMask: vi.mocked(filters.placeFilterMask).mock.calls.length,
  visitMask: vi.mocked(filters.visitFilterMask).mock.calls.length,
  eventMask: vi.mocked(filters.eventFilterMask).mock.calls.length,
  filterPlaces: vi.mocked(filters.filterPlaces).mock.calls.length,
  filterVisits: vi.mocked(filters.filterVisits).mock.calls.length,
  filterEvents: vi.mocked(filters.filterEvents).mock.calls.length,
})

/** What the tiles, the map, the table, the charts, the timeline and the feed read. */
function readEveryPanel() {
  const s = useAppStore.getState()
  return [
    selectShownCounts(s),
    selectTotalCounts(s),
    selectFilteredPlaces(s),
    selectVisiblePlaces(s),
    selectVisibleMask(s),
    selectUnplaced(s),
    selectVisitPlaces(s),
    selectPlacesWithout('industries')(s),
    selectPlacesWithout('municipalities')(s),
    selectFilteredVisits(s),
    selectFilteredEvents(s),
    selectOpenPeriodVisits(s),
    selectOpenPeriodEvents(s),
  ]
}

describe('one filter change, one pass per kind of record for every panel', () => {
  beforeEach(() => {
    seedDatasets()
    readEveryPanel()
    vi.clearAllMocks()
  })

  it('derives each mask once however many panels read it, and nothing for a repeat read', () => {
    useAppStore.getState().toggleFilterValue('industries', 'energy')
    for (let panel = 0; panel < 5; panel++) readEveryPanel()
    // The industry narrows places, and visits and events through the organisations they name;
    // the legend's «without industries» is the one other pass it needs.
    expect(passes()).toEqual({
      placeMask: 1,
      visitMask: 1,
      eventMask: 1,
      filterPlaces: 1,
      filterVisits: 0,
      filterEvents: 0,
    })
  })

  it('leaves the places alone when only the period moves, and the bars share the lists', () => {
    const before = readEveryPanel()
    useAppStore.getState().setPeriod('2025-01-01', null)
    const after = readEveryPanel()
    expect(passes()).toEqual({
      placeMask: 0,
      visitMask: 1,
      eventMask: 1,
      filterPlaces: 0,
      // The timeline's bars ignore the period: one pass each for them.
      filterVisits: 1,
      filterEvents: 1,
    })
    for (const i of [2, 3, 4, 5, 6, 7, 8]) expect(after[i]).toBe(before[i])
    useAppStore.getState().setPeriod(null, null)
    const open = readEveryPanel()
    // Without a period the bars count the filtered lists themselves.
    expect(open[11]).toBe(open[9])
    expect(open[12]).toBe(open[10])
  })

  it('keeps the counts object while the numbers stay the same', () => {
    const counts = selectShownCounts(useAppStore.getState())
    const visits = selectFilteredVisits(useAppStore.getState())
    // A period that holds every record: new lists, the same numbers.
    useAppStore.getState().setPeriod('1900-01-01', '2999-12-31')
    const s = useAppStore.getState()
    expect(selectFilteredVisits(s)).not.toBe(visits)
    expect(selectFilteredVisits(s)).toEqual(visits)
    expect(selectShownCounts(s)).toBe(counts)
    useAppStore.getState().toggleFilterValue('industries', 'energy')
    expect(selectShownCounts(useAppStore.getState())).not.toBe(counts)
  })
})
