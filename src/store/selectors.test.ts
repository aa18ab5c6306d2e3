import { DATASET_KINDS } from '@/domain/schema/values'
import { describe, expect, it } from 'vitest'

import { seedDatasets } from '@/testing/seed'

import { useAppStore } from './app-store'
import { selectFilesSettled } from './file-selectors'
import {
  selectFilteredPlaces,
  selectPlaces,
  selectUnplaced,
  selectVisibleMask,
  selectVisiblePlaces,
  selectVisitPlaces,
} from './selectors'

const ids = (places: readonly { record: { id: string } }[]) =>
  places.map((p) => p.record.id)

describe('the map and table selections', () => {
  it('mark exactly the shown places, follow the filters and the layers', () => {
    seedDatasets()
    const shownIds = () => {
      const s = useAppStore.getState()
      const mask = selectVisibleMask(s)
      return ids(selectPlaces(s).filter((place) => mask[place.index] === 1))
    }
    expect(shownIds()).toEqual(['ent-a', 'ent-b', 'ent-c', 'park-a'])
    useAppStore.getState().toggleFilterValue('industries', 'energy')
    expect(shownIds()).toEqual(['ent-b', 'ent-c'])
    expect(ids(selectUnplaced(useAppStore.getState()))).toEqual(['ent-c'])
    useAppStore.getState().toggleFilterValue('industries', 'energy')
    useAppStore.getState().toggleFilterValue('industries', 'aerospace')
    expect(ids(selectUnplaced(useAppStore.getState()))).toEqual(['ent-c'])
    useAppStore.getState().toggleFilterValue('industries', 'aerospace')
    useAppStore.getState().toggleLayer('enterprises')
    expect(shownIds()).toEqual(['park-a'])
    expect(selectUnplaced(useAppStore.getState())).toEqual([])
    const s = useAppStore.getState()
    expect(ids(selectVisiblePlaces(s))).toEqual(['park-a'])
    expect(selectFilteredPlaces(s)).toHaveLength(4)
  })

  it('resolve the places visits name once and show those that pass the filters', () => {
    seedDatasets()
    const state = useAppStore.getState()
    const [visit] =
      state.files.visits.status === 'ready' ? state.files.visits.parsed.records : []
    if (!visit) throw new Error('no fixture visit')
    const named = selectVisitPlaces(state).named(visit)
    expect(ids(named)).toEqual(['ent-a'])
    const place = named[0]!
    expect(selectVisitPlaces(state).shown(place)).toBe(true)
    useAppStore.getState().toggleFilterValue('industries', 'energy')
    const after = useAppStore.getState()
    expect(selectVisitPlaces(after).named(visit)).toBe(named)
    expect(selectVisitPlaces(after).shown(place)).toBe(false)
  })
})

describe('selectFilesSettled', () => {
  const settled = (kinds?: Parameters<typeof selectFilesSettled>[0]) =>
    selectFilesSettled(kinds)(useAppStore.getState())

  it('waits while any named file is idle or loading', () => {
    expect(settled()).toBe(false)
    expect(settled(['visits'])).toBe(false)
    useAppStore.getState().setFileState('visits', { status: 'loading', file: 'v.json' })
    expect(settled(['visits'])).toBe(false)
  })

  it('counts a loaded file and a failed one as settled, and only the files named', () => {
    seedDatasets({ only: ['enterprises', 'parks'] })
    useAppStore.getState().setFileState('visits', {
      status: 'error',
      file: 'visits.json',
      fault: { file: 'visits.json', reason: 'http', message: 'HTTP 500', status: 500 },
    })
    expect(settled(['enterprises', 'parks', 'visits'])).toBe(true)
    expect(settled(['visits', 'events'])).toBe(false)
    expect(settled()).toBe(false)
    seedDatasets()
    expect(settled()).toBe(true)
    expect(settled(DATASET_KINDS)).toBe(true)
  })

  it('settles nothing when the manifest fails: its files never start', () => {
    useAppStore.getState().setManifestState({ status: 'loading' })
    useAppStore.getState().setManifestState({
      status: 'error',
      fault: { file: 'manifest.json', reason: 'http', message: 'HTTP 404', status: 404 },
    })
    expect(settled(['visits'])).toBe(false)
  })
})
