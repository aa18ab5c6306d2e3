import { DATASET_KINDS } from '@/domain/schema/values'
import { screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'

import { folderSource } from '@/domain/load/data-source'
import { useAppStore } from '@/store/app-store'
import { type FixtureFile, fixture } from '@/testing/fixtures'
import { server } from '@/testing/mocks/server'
import { renderUi } from '@/testing/render'

import { DataIssuesPanel } from './data-issues-panel'
import { DataSourceBanner } from './data-source-banner'
import { loadDatasets, reloadDatasetFile } from './load-datasets'

afterEach(() => server.events.removeAllListeners())

const OTHER = folderSource('http://localhost:3000/other/set/', false)

/** Serves the fixture under `/other/set/` too, and a failing file where asked. */
function serveOtherFolder(failing: { current: FixtureFile | null }) {
  server.use(
    http.get('*/other/set/:file', ({ params }) => {
      const file = String(params.file)
      if (file === failing.current)
        return new HttpResponse('boom', {
          status: 500,
          statusText: 'Internal Server Error',
        })
      if (!(file in fixture)) return new HttpResponse(null, { status: 404 })
      return HttpResponse.json(structuredClone(fixture[file as FixtureFile]))
    }),
  )
}

/** Every URL the page asks for while the test runs. */
function recordRequests(): string[] {
  const urls: string[] = []
  server.events.on('request:start', ({ request }) => {
    urls.push(request.url)
  })
  return urls
}

/** The files the fixture's manifest lists, by name. */
const listedFiles = Object.values(fixture['manifest.json'].files)

describe('loadDatasets', () => {
  it('reads the manifest and every file it lists from the source it is given, and nothing else', async () => {
    serveOtherFolder({ current: null })
    const urls = recordRequests()
    await loadDatasets(OTHER)
    const state = useAppStore.getState()
    expect(state.source).toBe(OTHER)
    expect(state.manifest.status).toBe('ready')
    for (const kind of DATASET_KINDS) expect(state.files[kind].status).toBe('ready')
    expect([...urls].sort()).toEqual(
      ['manifest.json', ...listedFiles].map((file) => `${OTHER.baseUrl}${file}`).sort(),
    )
  })

  it('retries one file by its kind, from the same source, leaving the others as they were', async () => {
    const failing = { current: 'visits.json' as FixtureFile | null }
    serveOtherFolder(failing)
    await loadDatasets(OTHER)
    const before = useAppStore.getState().files
    expect(before.visits).toMatchObject({
      status: 'error',
      file: 'visits.json',
      fault: { reason: 'http', status: 500 },
    })
    failing.current = null
    const urls = recordRequests()
    await reloadDatasetFile(OTHER, 'visits')
    expect(urls).toEqual([`${OTHER.baseUrl}visits.json`])
    const after = useAppStore.getState().files
    expect(after.visits.status).toBe('ready')
    for (const kind of DATASET_KINDS.filter((k) => k !== 'visits'))
      expect(after[kind]).toBe(before[kind])
  })
})

describe('the loader on the page (StrictMode)', () => {
  it('names another folder in a banner, reports a failing file and recovers it on retry', async () => {
    const failing = { current: 'events.json' as FixtureFile | null }
    serveOtherFolder(failing)
    const { user } = renderUi(
      <>
        <DataSourceBanner />
        <DataIssuesPanel />
      </>,
    )
    await loadDatasets(OTHER)
    expect(await screen.findByTestId('data-source-banner')).toHaveTextContent(
      OTHER.baseUrl,
    )
    const panel = screen.getByTestId('data-issues')
    // The panel draws the files in a transition, after the banner.
    expect(await within(panel).findByRole('alert')).toHaveTextContent('HTTP 500')
    failing.current = null
    const urls = recordRequests()
    await user.click(within(panel).getByRole('button', { name: /events\.json/ }))
    await waitFor(() => expect(useAppStore.getState().files.events.status).toBe('ready'))
    await waitFor(() => expect(within(panel).queryByRole('alert')).toBeNull())
    expect(urls).toEqual([`${OTHER.baseUrl}events.json`])
  })

  it('retries a failed manifest from the same source', async () => {
    const failing = { current: 'manifest.json' as FixtureFile | null }
    serveOtherFolder(failing)
    const { user } = renderUi(<DataIssuesPanel />)
    await loadDatasets(OTHER)
    const panel = screen.getByTestId('data-issues')
    expect(await within(panel).findByRole('alert')).toHaveTextContent('manifest.json')
    failing.current = null
    const urls = recordRequests()
    await user.click(within(panel).getByRole('button', { name: 'Повторить загрузку' }))
    await waitFor(() => expect(within(panel).queryByRole('alert')).toBeNull())
    await waitFor(() =>
      expect(useAppStore.getState().files.enterprises.status).toBe('ready'),
    )
    expect(urls.every((url) => url.startsWith(OTHER.baseUrl))).toBe(true)
    expect(urls[0]).toBe(`${OTHER.baseUrl}manifest.json`)
  })
})
