import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'

import { fixture } from '@/testing/fixtures'
import { server } from '@/testing/mocks/server'
import { renderUi } from '@/testing/render'

import { App } from './app'
import { startApp } from './start'
import { startUrlSync } from './url-sync'

let stopUrlSync: (() => void) | undefined
afterEach(() => stopUrlSync?.())

async function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`)
  stopUrlSync = startUrlSync(window)
  // The whole dashboard drawn twice over runs past the test timeouts on a busy machine; the
  // browser tests run the built app, which renders under StrictMode.
  const view = renderUi(<App />, { strict: false })
  await startApp(window.location)
  return view
}

/** Opens a tab of the side panel, as a user does, by its visible name. */
async function openTab(name: RegExp) {
  await userEvent.click(await screen.findByRole('tab', { name }))
}

function kpiValue(kind: string) {
  return screen.getByTestId(`kpi-${kind}`).querySelector('.kpi__value')?.textContent
}

describe('the dashboard on the fixture data', () => {
  it('shows the count of each dataset and no data issues', async () => {
    await renderApp()
    await waitFor(() => expect(kpiValue('enterprises')).toBe('3'))
    expect(kpiValue('parks')).toBe('1')
    expect(kpiValue('visits')).toBe('1')
    // Events show Smolensk industry news by default: 1 of the fixture's 2.
    expect(kpiValue('events')).toBe('1')
    expect(
      screen.getByTestId('kpi-events').querySelector('.kpi__total'),
    ).toHaveTextContent('из 2')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Тестовый набор')
    await openTab(/Качество данных/)
    expect(await screen.findByTestId('data-issues-summary')).toHaveTextContent(
      'Замечаний к данным нет',
    )
    expect(screen.queryByTestId('data-source-banner')).toBeNull()
  })

  it('opens the details of a record chosen in the table, with its sources', async () => {
    await renderApp()
    await openTab(/Записи/)
    const table = await screen.findByTestId('records-table')
    await userEvent.click(within(table).getByRole('button', { name: 'Завод «Альфа»' }))
    const details = screen.getByTestId('details')
    expect(
      await within(details).findByRole('heading', { name: 'Завод «Альфа»' }),
    ).toBeVisible()
    const source = within(details).getByRole('link', { name: 'Статья' })
    expect(source).toHaveAttribute('href', 'https://example.org/article')
    expect(source).toHaveAttribute('rel', 'noopener noreferrer')
    expect(within(details).getByText(/Встреча/)).toBeVisible()
  })
})

describe('a file that fails to load', () => {
  it('leaves the other files working and offers a retry that recovers', async () => {
    let broken = true
    server.use(
      http.get('*/data/visits.json', () =>
        broken
          ? new HttpResponse('boom', { status: 500, statusText: 'Internal Server Error' })
          : HttpResponse.json(fixture['visits.json']),
      ),
    )
    await renderApp()
    await waitFor(() => expect(kpiValue('enterprises')).toBe('3'))
    expect(kpiValue('visits')).toBe('—')
    await openTab(/Качество данных/)
    const panel = screen.getByTestId('data-issues')
    expect(within(panel).getByRole('alert')).toHaveTextContent('HTTP 500')
    broken = false
    await userEvent.click(within(panel).getByRole('button', { name: /visits\.json/ }))
    await waitFor(() => expect(kpiValue('visits')).toBe('1'))
    expect(within(panel).queryByRole('alert')).toBeNull()
  })

  it('explains an HTML page served instead of the manifest', async () => {
    server.use(
      http.get(
        '*/data/manifest.json',
        () =>
          new HttpResponse('<!doctype html><p>Not here</p>', {
            headers: { 'Content-Type': 'text/html' },
          }),
      ),
    )
    await renderApp()
    await openTab(/Качество данных/)
    const panel = screen.getByTestId('data-issues')
    await waitFor(() =>
      expect(within(panel).getByRole('alert')).toHaveTextContent('HTML'),
    )
    expect(within(panel).getByRole('alert')).toHaveTextContent('manifest.json')
    expect(kpiValue('enterprises')).toBe('—')
  })
})

describe('a file with broken records', () => {
  it('shows the valid records and lists each broken one by file, record and field', async () => {
    const [a, b] = fixture['enterprises.json'].records
    server.use(
      http.get('*/data/enterprises.json', () =>
        HttpResponse.json({
          schemaVersion: 1,
          records: [
            a,
            { ...b, location: { lat: 'north', lon: 32, precision: 'site' } },
            { ...a, id: 'ent-a' },
            { ...b, id: 'ent-x', name: { ru: '<img src=x onerror=alert(1)>' } },
          ],
        }),
      ),
    )
    const { container } = await renderApp()
    await waitFor(() => expect(kpiValue('enterprises')).toBe('2'))
    await openTab(/Качество данных/)
    const panel = screen.getByTestId('data-issues')
    expect(within(panel).getByText('показано 2 из 4')).toBeVisible()
    const issues = within(panel).getAllByTestId('data-issue')
    expect(issues).toHaveLength(2)
    expect(issues[0]).toHaveTextContent(
      'enterprises.json, запись №2 (ent-b), поле location.lat',
    )
    expect(issues[1]).toHaveTextContent('запись №3 (ent-a), поле id')
    // A hostile name is shown as literal text and creates no element.
    await openTab(/Записи/)
    expect(
      within(await screen.findByTestId('records-table')).getByText(
        '<img src=x onerror=alert(1)>',
      ),
    ).toBeVisible()
    expect(container.querySelector('img')).toBeNull()
  })
})

describe('the data link', () => {
  it('loads a same-origin folder and says so in a banner', async () => {
    server.use(
      http.get('*/alt/:file', ({ params }) =>
        HttpResponse.json(fixture[String(params.file) as keyof typeof fixture]),
      ),
    )
    await renderApp('?data=/alt/')
    await waitFor(() => expect(kpiValue('enterprises')).toBe('3'))
    expect(screen.getByTestId('data-source-banner')).toHaveTextContent('/alt/')
  })

  it('refuses another origin, says why, and shows the default data', async () => {
    await renderApp('?data=https://evil.example/data/')
    await waitFor(() => expect(kpiValue('enterprises')).toBe('3'))
    expect(screen.getByTestId('data-source-banner')).toHaveTextContent('evil.example')
  })
})

describe('a shared link', () => {
  it('opens with its filters applied, counted as shown of total', async () => {
    await renderApp('?industry=aerospace&from=2025-01-01&to=2025-12-31')
    await waitFor(() => expect(kpiValue('enterprises')).toBe('2'))
    expect(
      screen.getByTestId('kpi-enterprises').querySelector('.kpi__total'),
    ).toHaveTextContent('из 3')
    expect(kpiValue('visits')).toBe('1')
    expect(kpiValue('events')).toBe('0')
    await openTab(/Записи/)
    const table = await screen.findByTestId('records-table')
    expect(within(table).getAllByRole('row')).toHaveLength(3)
  })

  it('drops what it does not understand, says so, and still opens', async () => {
    await renderApp('?industry=aerospace,nonexistent&from=2025-02-30&lang=xx')
    await waitFor(() => expect(kpiValue('enterprises')).toBe('2'))
    const notice = screen.getByTestId('link-notice')
    expect(notice).toHaveTextContent('from=2025-02-30')
    expect(notice).toHaveTextContent('lang=xx')
    await waitFor(() => expect(notice).toHaveTextContent('industry=nonexistent'))
    const kept = new URLSearchParams(window.location.search)
    expect(kept.get('industry')).toBe('aerospace')
    expect(kept.has('from')).toBe(false)
    expect(kept.has('lang')).toBe(false)
  })

  it('writes filter changes to the address and goes back with history', async () => {
    await renderApp()
    await waitFor(() => expect(kpiValue('enterprises')).toBe('3'))
    await userEvent.click(screen.getByRole('combobox', { name: 'Добавить фильтр' }))
    await userEvent.click(screen.getByRole('option', { name: /^Энергетика,/ }))
    await waitFor(() => expect(window.location.search).toBe('?industry=energy'))
    expect(kpiValue('enterprises')).toBe('2')
    await userEvent.click(screen.getByTestId('filter-reset'))
    await waitFor(() => expect(kpiValue('enterprises')).toBe('3'))
    window.history.back()
    await waitFor(() => expect(kpiValue('enterprises')).toBe('2'))
  })
})

describe('remembered preferences', () => {
  it('opens in the language used last when the link names none, and the link wins otherwise', async () => {
    window.localStorage.setItem(
      'promkarta.preferences.v1',
      JSON.stringify({ version: 1, language: 'en', theme: 'dark' }),
    )
    await renderApp()
    await waitFor(() => expect(kpiValue('enterprises')).toBe('3'))
    expect(screen.getByText(/Data as of/)).toBeVisible()
    expect(document.documentElement.dataset.theme).toBe('dark')
    await userEvent.click(screen.getByRole('button', { name: 'RU' }))
    await waitFor(() => expect(screen.getByText(/Данные на/)).toBeVisible())
    expect(
      JSON.parse(window.localStorage.getItem('promkarta.preferences.v1') ?? '{}'),
    ).toMatchObject({
      language: 'ru',
    })
  })
})
