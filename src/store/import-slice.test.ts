import { describe, expect, it } from 'vitest'

import { importedPlant } from '@/testing/imported-plant'
import { seedDatasets } from '@/testing/seed'

import { useAppStore } from './app-store'
import { selectDataForImport, selectDatasets } from './file-selectors'
import type { ImportedFile } from './import-slice'

const plant = (id: string) => importedPlant(id, ['file-mine'])

function file(name: string, ids: string[]): ImportedFile {
  return {
    id: `${name}-1`,
    file: name,
    kind: 'enterprises',
    importedAt: '2026-11-20T10:00:00.000Z',
    records: ids.map(plant),
    sources: [
      { id: 'url-1', title: { ru: 'ссылка' }, url: 'https://example.ru/', kind: 'news' },
    ],
    rows: ids.length,
    rejected: 0,
    issues: [],
  }
}

const shownIds = () => selectDatasets(useAppStore.getState()).enterprises.map((r) => r.id)

describe('imported records in the shown data', () => {
  it('are added by default, shown alone or hidden by the mode, and never shown twice', () => {
    seedDatasets()
    const before = selectDatasets(useAppStore.getState())
    useAppStore.getState().addImported([file('a.csv', ['my-1', 'ent-a'])])
    useAppStore.getState().addImported([file('b.csv', ['my-1', 'my-2'])])
    expect(shownIds()).toEqual(['ent-a', 'ent-b', 'ent-c', 'my-1', 'my-2'])
    // A third file repeating ids of the loaded data and of each earlier file adds only its own.
    useAppStore.getState().addImported([file('c.csv', ['ent-b', 'my-1', 'my-2', 'my-3'])])
    expect(shownIds()).toEqual(['ent-a', 'ent-b', 'ent-c', 'my-1', 'my-2', 'my-3'])
    useAppStore.getState().removeImported('c.csv-1')
    const shown = selectDatasets(useAppStore.getState())
    expect(shown.sources.map((s) => s.id)).toContain('url-1')
    expect(shown.sources.filter((s) => s.id === 'url-1')).toHaveLength(1)
    // Memoised: the same state gives the same object, so the tiles and map do not redraw.
    expect(selectDatasets(useAppStore.getState())).toBe(shown)
    expect(shown.parks).toBe(before.parks)

    useAppStore.getState().setImportMode('only')
    expect(shownIds()).toEqual(['my-1', 'my-2'])
    expect(selectDatasets(useAppStore.getState()).municipalities).toBe(
      before.municipalities,
    )
    useAppStore.getState().setImportMode('hide')
    expect(selectDatasets(useAppStore.getState())).toBe(before)
    // A new import is still checked against everything imported.
    expect(
      selectDataForImport(useAppStore.getState()).enterprises.map((r) => r.id),
    ).toContain('my-2')
  })

  it('a file imported again replaces the earlier one; removing the last one resets the mode', () => {
    seedDatasets()
    useAppStore.getState().addImported([file('a.csv', ['my-1'])])
    useAppStore.getState().addImported([file('a.csv', ['my-9'])])
    expect(shownIds()).toEqual(['ent-a', 'ent-b', 'ent-c', 'my-9'])
    useAppStore.getState().setImportMode('only')
    useAppStore.getState().removeImported()
    expect(useAppStore.getState().importMode).toBe('add')
    expect(shownIds()).toEqual(['ent-a', 'ent-b', 'ent-c'])
  })
})
