import { describe, expect, it } from 'vitest'

import { parseDataset } from '@/domain/load/parse-dataset'
import { DATASET_KINDS } from '@/domain/schema/datasets'
import { manifestSchema } from '@/domain/schema/manifest'
import { fixture } from '@/testing/fixtures'

import { useAppStore } from './app-store'
import {
  selectFilteredPlaces,
  selectPlaces,
  selectUnplaced,
  selectVisibleMask,
  selectVisiblePlaces,
  selectVisitPlaces,
} from './selectors'

function loadFixture() {
  const { setFileStates, setManifestState } = useAppStore.getState()
  setManifestState({
    status: 'ready',
    manifest: manifestSchema.parse(fixture['manifest.json']),
  })
  setFileStates(
    Object.fromEntries(
      DATASET_KINDS.map((kind) => {
        const file = `${kind}.json` as const
        const result = parseDataset(kind, file, fixture[file])
        if (!result.ok) throw new Error(`fixture ${file} does not parse`)
        return [kind, { status: 'ready', file, parsed: result.dataset }]
      }),
    ),
  )
}

const ids = (places: readonly { record: { id: string } }[]) =>
  places.map((p) => p.record.id)

describe('the map and table selections', () => {
  it('mark exactly the shown places, follow the filters and the layers', () => {
    loadFixture()
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
    loadFixture()
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
