import { screen, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'

import { folderSource } from '@/domain/load/data-source'
import { useAppStore } from '@/store/app-store'
import { selectFileSummaries } from '@/store/file-selectors'
import { type FixtureFile, fixture } from '@/testing/fixtures'
import { server } from '@/testing/mocks/server'
import { renderUi } from '@/testing/render'

import { DataIssuesPanel } from './data-issues-panel'
import { loadDatasets } from './load-datasets'

const SOURCE = folderSource('http://localhost:3000/geo-set/', false)

/** A closed square ring around `[lon, lat]`. */
function square([lon, lat]: [number, number], size = 1): number[][] {
  return [
    [lon, lat],
    [lon + size, lat],
    [lon + size, lat + size],
    [lon, lat + size],
    [lon, lat],
  ]
}

function feature(id: string, name: string, role: string, ring: number[][]) {
  return {
    type: 'Feature',
    properties: { id, name_ru: name, role },
    geometry: { type: 'Polygon', coordinates: [ring] },
  }
}

const ringWith = (vertex: number[]) => {
  const ring = square([31.5, 54.2])
  ring[2] = vertex
  return ring
}

const geo: Record<string, object> = {
  'home.geojson': {
    type: 'FeatureCollection',
    features: [
      feature('RU-SMO', 'Смоленская область', 'home', square([31.5, 54.2], 2)),
      feature('RU-SMO-huge', 'Вершина 1e308', 'home', ringWith([1e308, 55])),
      feature('RU-SMO-500', 'Вершина 500', 'home', ringWith([500, 100])),
      // In range, but thousands of kilometres from every municipal centre.
      feature('RU-SMO-far', 'Далёкий остров', 'home', square([-60, -40])),
    ],
  },
  'neighbours.geojson': {
    type: 'FeatureCollection',
    features: [
      // Named Bryansk, drawn near Chelyabinsk: far from its own capital.
      feature('RU-BRY', 'Брянская область', 'neighbour', square([61, 55])),
      feature('RU-CHE', 'Челябинская область', 'partner', square([60.5, 54.5])),
    ],
  },
}

function serveGeoFolder() {
  const manifest = structuredClone(fixture['manifest.json'])
  server.use(
    http.get('*/geo-set/*', ({ request }) => {
      const file = new URL(request.url).pathname.replace('/geo-set/', '')
      if (file === 'manifest.json')
        return HttpResponse.json({
          ...manifest,
          files: {
            ...manifest.files,
            geo: { home: 'geo/home.geojson', neighbours: 'geo/neighbours.geojson' },
          },
        })
      if (file.startsWith('geo/')) return HttpResponse.json(geo[file.slice(4)] ?? null)
      return HttpResponse.json(structuredClone(fixture[file as FixtureFile]))
    }),
  )
}

describe('boundary files, feature by feature', () => {
  it('leave bad or far features off the map as located issues and draw the others', async () => {
    serveGeoFolder()
    await loadDatasets(SOURCE)
    const state = useAppStore.getState()
    if (state.geo.status !== 'ready') throw new Error(`geo is ${state.geo.status}`)
    expect(state.geo.layers.home?.features.map((f) => f.properties.id)).toEqual([
      'RU-SMO',
    ])
    expect(state.geo.layers.neighbours?.features.map((f) => f.properties.id)).toEqual([
      'RU-CHE',
    ])
    expect(
      state.geo.issues?.map(({ file, index, id, code }) => ({ file, index, id, code })),
    ).toEqual([
      { file: 'geo/home.geojson', index: 1, id: 'RU-SMO-huge', code: 'invalid-record' },
      { file: 'geo/home.geojson', index: 2, id: 'RU-SMO-500', code: 'invalid-record' },
      {
        file: 'geo/home.geojson',
        index: 3,
        id: 'RU-SMO-far',
        code: 'far-outside-region',
      },
      {
        file: 'geo/neighbours.geojson',
        index: 0,
        id: 'RU-BRY',
        code: 'far-outside-region',
      },
    ])
    const regions = selectFileSummaries(useAppStore.getState()).find(
      (s) => s.kind === 'regions',
    )
    expect(regions?.issues.filter((i) => i.file.startsWith('geo/'))).toHaveLength(4)
  })

  it('are listed in «Качество данных» with file, feature and a message in the interface language', async () => {
    serveGeoFolder()
    await loadDatasets(SOURCE)
    renderUi(<DataIssuesPanel />)
    const issues = screen
      .getAllByTestId('data-issue')
      .filter((li) => within(li).queryByText(/^geo\//) !== null)
    expect(issues).toHaveLength(4)
    expect(issues[0]).toHaveTextContent('geo/home.geojson, запись №2 (RU-SMO-huge)')
    expect(issues[0]).toHaveTextContent('Контур «Вершина 1e308» не нарисован')
    expect(issues[3]).toHaveTextContent('geo/neighbours.geojson, запись №1 (RU-BRY)')
    expect(issues[3]).toHaveTextContent(
      /Контур «Брянская область» не нарисован: он лежит в \d+ км от столицы региона «Брянская область»/,
    )
    useAppStore.getState().setLanguage('en')
    // The grouped panel names the message in the group's heading and its row.
    expect(
      await screen.findAllByText(
        /Outline “Брянская область” is not drawn: it lies \d+ km/,
      ),
    ).not.toHaveLength(0)
  })
})
