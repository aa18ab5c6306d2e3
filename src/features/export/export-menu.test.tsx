import type { ReactNode } from 'react'
import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { initI18n } from '@/shared/i18n/i18n'
import { Panel } from '@/shared/ui/panel'
import { useAppStore } from '@/store/app-store'
import { renderUi } from '@/testing/render'
import { seedDatasets } from '@/testing/seed'

import { ExportMenu } from './export-menu'

const toBlob = vi.hoisted(() => vi.fn<(node: HTMLElement) => Promise<Blob | null>>())
vi.mock('html-to-image', () => ({ toBlob }))

function renderMenu(panels?: ReactNode) {
  return renderUi(
    <div className="app">
      <header>
        <ExportMenu />
      </header>
      <main>
        <Panel panel="map" title="Карта" testId="map-panel">
          map
        </Panel>
        {panels}
      </main>
    </div>,
  )
}

/** Catches what the menu hands to the browser to save. */
function catchDownloads() {
  const saved: { name: string; blob: Blob }[] = []
  const blobs = new Map<string, Blob>()
  let n = 0
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${++n}`
    blobs.set(url, blob)
    return url
  })
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href)
    if (blob) saved.push({ name: this.download, blob })
  })
  return saved
}

async function bytes(blob: Blob): Promise<number[]> {
  return [...new Uint8Array(await blob.arrayBuffer())]
}

beforeEach(() => {
  toBlob.mockReset()
  seedDatasets()
})

describe('the export menu', () => {
  it('lists every export and closes on Esc, returning focus to its button', async () => {
    renderMenu()
    const toggle = screen.getByTestId('export-menu')
    expect(toggle).toHaveAccessibleName('Экспорт')
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await userEvent.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    for (const id of [
      'export-png-dashboard',
      'export-png-map',
      'export-csv-places',
      'export-csv-visits',
      'export-csv-events',
      'export-geojson',
      'export-print',
      'export-embed',
    ])
      expect(screen.getByTestId(id)).toBeVisible()
    expect(screen.getByTestId('export-csv-places')).toHaveTextContent(
      'CSV: предприятия и парки',
    )
    await userEvent.keyboard('{ArrowDown}')
    expect(screen.getByTestId('export-png-dashboard')).toHaveFocus()
    await userEvent.keyboard('{ArrowUp}')
    expect(screen.getByTestId('export-embed')).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByTestId('export-print')).not.toBeVisible()
    expect(toggle).toHaveFocus()
  })

  it('copies the embed code of this view, with embed=1 and the filters of the link', async () => {
    window.history.replaceState(null, '', '/?industry=aerospace')
    const user = userEvent.setup()
    renderMenu()
    await user.click(screen.getByTestId('export-menu'))
    await user.click(screen.getByTestId('export-embed'))
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Код для встраивания'),
    )
    const code = await navigator.clipboard.readText()
    expect(code).toMatch(/^<iframe /)
    const src = new URL(/src="([^"]+)"/.exec(code)?.[1]?.replaceAll('&amp;', '&') ?? '')
    expect(src.searchParams.get('embed')).toBe('1')
    expect(src.searchParams.get('industry')).toBe('aerospace')
    window.history.replaceState(null, '', '/')
  })

  it('offers each registered panel on screen, named by its id and title', async () => {
    const saved = catchDownloads()
    toBlob.mockResolvedValue(new Blob(['png'], { type: 'image/png' }))
    renderMenu(
      <>
        <Panel panel="charts" title="Графики" testId="charts-panel">
          charts
        </Panel>
        <Panel panel="table" title="Таблица">
          hidden
        </Panel>
      </>,
    )
    const charts = screen.getByTestId('charts-panel')
    const shown = new Set<Element>([charts, screen.getByTestId('map-panel')])
    vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (
      this: Element,
    ) {
      return (shown.has(this)
        ? [new DOMRect(0, 0, 10, 10)]
        : []) as unknown as DOMRectList
    })
    await userEvent.click(screen.getByTestId('export-menu'))
    expect(screen.queryByTestId('export-png-panel-map')).toBeNull()
    expect(screen.queryByTestId('export-png-panel-table')).toBeNull()
    const item = screen.getByTestId('export-png-panel-charts')
    expect(item).toHaveTextContent('Графики')
    await userEvent.click(item)
    await waitFor(() => expect(saved).toHaveLength(1))
    expect(saved[0]?.name).toMatch(/^promkarta-panel-charts-\d{4}-\d{2}-\d{2}\.png$/)
    expect(toBlob.mock.calls[0]?.[0]).toBe(charts)
  })

  it('closes when the pointer goes elsewhere', async () => {
    renderMenu()
    await userEvent.click(screen.getByTestId('export-menu'))
    await userEvent.click(screen.getByText('map'))
    expect(screen.getByTestId('export-menu')).toHaveAttribute('aria-expanded', 'false')
  })

  it('saves the filtered places as CSV for Russian Excel with a BOM and Russian headers', async () => {
    const saved = catchDownloads()
    act(() => useAppStore.getState().toggleFilterValue('industries', 'aerospace'))
    renderMenu()
    await userEvent.click(screen.getByTestId('export-menu'))
    await userEvent.click(screen.getByTestId('export-csv-places'))
    await waitFor(() => expect(saved).toHaveLength(1))
    const [file] = saved
    expect(file?.name).toMatch(/^promkarta-places-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(file?.blob.type).toBe('text/csv;charset=utf-8')
    const content = await bytes(file?.blob ?? new Blob())
    expect(content.slice(0, 3)).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(new Uint8Array(content.slice(3)))
    const lines = text.split('\r\n')
    expect(lines[0]).toMatch(/^Идентификатор;Тип записи;Вид;Название \(рус\.\)/)
    // ent-a and ent-c are aerospace in the fixture.
    const rows = lines.slice(1).filter((line) => line !== '')
    expect(rows.map((line) => line.split(';')[0])).toEqual(['ent-a', 'ent-c'])
    expect(lines[1]).toContain('Авиация и космос')
    expect(lines[1]).toContain('https://example.org/article')
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(`Сохранён файл ${file?.name}`),
    )
  })

  it('saves GeoJSON in English when the interface is English', async () => {
    const saved = catchDownloads()
    act(() => useAppStore.getState().setLanguage('en'))
    await initI18n().changeLanguage('en')
    try {
      renderMenu()
      await userEvent.click(screen.getByTestId('export-menu'))
      expect(screen.getByTestId('export-geojson')).toHaveTextContent(
        'GeoJSON: enterprises and parks',
      )
      await userEvent.click(screen.getByTestId('export-geojson'))
      await waitFor(() => expect(saved).toHaveLength(1))
      const collection = JSON.parse(await (saved[0]?.blob ?? new Blob()).text()) as {
        metadata: { title: string; omitted: { count: number; note: string } }
        features: unknown[]
      }
      expect(collection.metadata.title).toBe('Test dataset')
      expect(collection.features).toHaveLength(3)
      expect(collection.metadata.omitted.count).toBe(1)
      expect(collection.metadata.omitted.note).toMatch(/^1 record without coordinates/)
    } finally {
      await initI18n().changeLanguage('ru')
    }
  })

  it('stamps a PNG with the data date, filters and sources, then removes the stamp', async () => {
    const saved = catchDownloads()
    let stampText = ''
    toBlob.mockImplementation((node) => {
      stampText = node.querySelector('.export-stamp')?.textContent ?? ''
      return Promise.resolve(new Blob(['png'], { type: 'image/png' }))
    })
    act(() => useAppStore.getState().setPeriod('2024-07-01', null))
    renderMenu()
    await userEvent.click(screen.getByTestId('export-menu'))
    await userEvent.click(screen.getByTestId('export-png-map'))
    await waitFor(() => expect(saved).toHaveLength(1))
    expect(saved[0]?.name).toMatch(/^promkarta-map-\d{4}-\d{2}-\d{2}\.png$/)
    expect(toBlob.mock.calls[0]?.[0]).toBe(screen.getByTestId('map-panel'))
    expect(stampText).toContain('Тестовый набор · Данные на 20 ноября 2025')
    expect(stampText).toContain('Фильтры: Период: 1 июля 2024 — …')
    expect(stampText).toContain('Источники: Статья (example.org)')
    expect(document.querySelector('.export-stamp')).toBeNull()
  })

  it('stamps a panel with only the filters that narrow what it shows', async () => {
    const saved = catchDownloads()
    const stamps: string[] = []
    toBlob.mockImplementation((node) => {
      stamps.push(node.querySelector('.export-stamp')?.textContent ?? '')
      return Promise.resolve(new Blob(['png'], { type: 'image/png' }))
    })
    act(() => useAppStore.getState().setPeriod('2024-07-01', null))
    act(() => useAppStore.getState().toggleFilterValue('kinds', 'enterprise'))
    renderMenu(
      <>
        <Panel panel="timeline" title="Хронология">
          timeline
        </Panel>
        <Panel panel="table" title="Записи">
          table
        </Panel>
      </>,
    )
    vi.spyOn(Element.prototype, 'getClientRects').mockReturnValue([
      new DOMRect(0, 0, 10, 10),
    ] as unknown as DOMRectList)
    for (const [i, panel] of ['timeline', 'table'].entries()) {
      await userEvent.click(screen.getByTestId('export-menu'))
      await userEvent.click(screen.getByTestId(`export-png-panel-${panel}`))
      await waitFor(() => expect(saved).toHaveLength(i + 1))
    }
    // The timeline shows visits and events: the period narrows them, the kinds of place do not.
    expect(stamps[0]).toContain('Фильтры: Период: 1 июля 2024 — …')
    expect(stamps[0]).not.toContain('Вид:')
    // The table lists places: the kinds narrow them, the period does not.
    expect(stamps[1]).toContain('Фильтры: Вид: Предприятие')
    expect(stamps[1]).not.toContain('Период')
  })

  it('says so, visibly, when the image cannot be made', async () => {
    catchDownloads()
    toBlob.mockRejectedValue(new Event('error'))
    renderMenu()
    await userEvent.click(screen.getByTestId('export-menu'))
    await userEvent.click(screen.getByTestId('export-png-dashboard'))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'Не удалось создать изображение: браузер не сообщил причину',
    )
    expect(document.querySelector('.export-stamp')).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Закрыть сообщение' }))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('prints through the browser', async () => {
    const print = vi.fn()
    window.print = print
    renderMenu()
    await userEvent.click(screen.getByTestId('export-menu'))
    await userEvent.click(screen.getByTestId('export-print'))
    expect(print).toHaveBeenCalledOnce()
    expect(screen.getByTestId('export-menu')).toHaveAttribute('aria-expanded', 'false')
  })

  it('writes a print-only brief of the filters and sources when printing starts', () => {
    act(() => useAppStore.getState().toggleFilterValue('industries', 'energy'))
    renderMenu()
    const brief = screen.getByTestId('print-brief')
    expect(brief).toHaveClass('print-only')
    expect(brief).toBeEmptyDOMElement()
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    expect(brief).toHaveTextContent('Фильтры: Отрасль: Энергетика')
    expect(brief).toHaveTextContent('Источники: Статья (example.org)')
    act(() => {
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(brief).toBeEmptyDOMElement()
  })
})
