import { describe, expect, it } from 'vitest'

import { importedPlant } from '@/testing/imported-plant'
import { seedDatasets } from '@/testing/seed'

import { useAppStore } from './app-store'
import { selectShownCounts } from './count-selectors'
import { selectDatasets } from './file-selectors'
import { type ImportedFile, withImported } from './import-slice'
import { prepareDerived } from './prepare-derived'
import { selectPlaceMask, selectPointIndex } from './selectors'

const plant = (id: string) => importedPlant(id, [])

const mine: ImportedFile = {
  id: 'mine.csv-1',
  file: 'mine.csv',
  kind: 'enterprises',
  importedAt: '2026-11-20T10:00:00.000Z',
  records: ['my-1', 'my-2', 'my-3'].map(plant),
  sources: [],
  rows: 3,
  rejected: 0,
  issues: [],
}

describe('prepareDerived', () => {
  it('builds what the new records rebuild a piece per task, and the update that sets them finds it built', async () => {
    seedDatasets()
    const state = useAppStore.getState()
    const before = {
      places: selectPointIndex(state).places.length,
      counts: selectShownCounts(state),
    }
    const imported = withImported(state.imported, [mine])
    const next = { ...state, imported }
    const seen: unknown[] = []
    // A pause between every two pieces.
    await prepareDerived(next, () => {
      seen.push(null)
      return Promise.resolve()
    })
    expect(seen.length).toBeGreaterThan(5)
    const datasets = selectDatasets(next)
    const points = selectPointIndex(next)
    const mask = selectPlaceMask(next)
    const counts = selectShownCounts(next)
    expect(datasets.enterprises.map((r) => r.id)).toContain('my-3')

    useAppStore.getState().setImported(imported)
    const shown = useAppStore.getState()
    // The same objects: the update only draws what was built in the tasks before it.
    expect(selectDatasets(shown)).toBe(datasets)
    expect(selectPointIndex(shown)).toBe(points)
    expect(selectPlaceMask(shown)).toBe(mask)
    expect(selectShownCounts(shown)).toBe(counts)
    expect(points.places).toHaveLength(before.places + 3)
    expect(counts.enterprises).toBe(before.counts.enterprises + 3)
  })
})
