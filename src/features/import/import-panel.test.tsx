import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { useAppStore } from '@/store/app-store'
import { selectDatasets } from '@/store/file-selectors'
import type { ImportedFile } from '@/store/import-slice'
import { renderUi } from '@/testing/render'
import { seedDatasets } from '@/testing/seed'

import { ImportButton } from './import-button'
import { ImportDropZone } from './import-drop-zone'
import { type ImportStorage, memoryStorage, setImportStorage } from './import-storage'

/** «;», decimal commas, BOM; row 4 names no region and is rejected. */
const CSV =
  '\ufeffНаименование;Отрасль;Район;Широта;Долгота;Комментарий бухгалтера\n' +
  'ООО «Свой завод»;Энергетика;город Смоленск;54,78;32,05;x\n' +
  'АО «Второй»;aerospace;Рославльский муниципальный округ;53,95;32,85;y\n' +
  'ИП Без региона;Энергетика;;;;z\n'

const csvFile = (name = 'enterprises-mine.csv') =>
  new File([CSV], name, { type: 'text/csv' })

const enterpriseIds = () =>
  selectDatasets(useAppStore.getState()).enterprises.map((r) => r.id)

function renderPanel() {
  return renderUi(
    <>
      <ImportButton />
      <ImportDropZone />
    </>,
  )
}

let storage: ImportStorage

beforeEach(() => {
  storage = memoryStorage()
  setImportStorage(storage)
  seedDatasets()
})

afterEach(() => setImportStorage(memoryStorage()))

describe('the import panel', () => {
  it('has its file input in the page before anything is opened, and a dialog that says nothing leaves the browser', async () => {
    const { user } = renderPanel()
    const input = screen.getByTestId('import-input')
    expect(input).toHaveAttribute('type', 'file')
    expect(input).toHaveAttribute('multiple')
    expect(input.getAttribute('accept')).toBe('.csv,.tsv,.txt,.xlsx,.json,.geojson')
    const opener = screen.getByRole('button', { name: 'Загрузить данные' })
    await user.click(opener)
    const dialog = await screen.findByTestId('import-dialog')
    expect(dialog).toHaveAttribute('open')
    expect(dialog).toHaveTextContent('ничего не отправляется на сервер')
    fireEvent(dialog, new Event('cancel', { cancelable: true }))
    // Closed means gone: the panel is drawn only while it is open.
    await waitFor(() => expect(screen.queryByTestId('import-dialog')).toBeNull())
    expect(opener).toHaveFocus()
  })

  it('reads a chosen CSV: the dataset guessed from the name, the columns mapped, a preview, then adds it', async () => {
    const { user } = renderPanel()
    await user.upload(screen.getByTestId('import-input'), csvFile())
    const draft = await screen.findByTestId('import-draft')
    expect(within(draft).getByRole('combobox', { name: /Что в файле/ })).toHaveValue(
      'enterprises',
    )
    expect(within(draft).getByText('угадано по имени файла')).toBeInTheDocument()
    expect(within(draft).getByTestId('import-preview')).toHaveTextContent(
      '3 строки, 1 с замечаниями',
    )
    expect(within(draft).getByRole('combobox', { name: 'Поле: Широта' })).toHaveValue(
      'lat',
    )
    expect(draft).toHaveTextContent('Не используются: Комментарий бухгалтера')
    expect(enterpriseIds()).toEqual(['ent-a', 'ent-b', 'ent-c'])

    await user.click(screen.getByTestId('import-confirm'))
    await waitFor(() =>
      expect(enterpriseIds()).toEqual([
        'ent-a',
        'ent-b',
        'ent-c',
        'enterprises-mine-r2',
        'enterprises-mine-r3',
      ]),
    )
    const kept = await storage.list()
    expect(kept.map((f) => [f.file, f.records.length, f.rejected])).toEqual([
      ['enterprises-mine.csv', 2, 1],
    ])
    expect(screen.getByTestId('import-banner')).toHaveTextContent(
      /Показаны ваши данные: enterprises-mine\.csv, 2 записи, загружено/,
    )
  })

  it('remembers a changed mapping for the same headers', async () => {
    const { user } = renderPanel()
    await user.upload(screen.getByTestId('import-input'), csvFile())
    const field = await screen.findByRole('combobox', {
      name: 'Поле: Комментарий бухгалтера',
    })
    await user.selectOptions(field, 'notes')
    await waitFor(() =>
      expect(screen.getByTestId('import-draft')).not.toHaveTextContent('Не используются'),
    )
    await user.click(screen.getByRole('button', { name: 'Отмена' }))
    await user.upload(screen.getByTestId('import-input'), csvFile('другой.csv'))
    expect(
      await screen.findByRole('combobox', { name: 'Поле: Комментарий бухгалтера' }),
    ).toHaveValue('notes')
    expect(localStorage.getItem('promkarta.import.mappings.v1')).toContain('"notes"')
  })

  it('shows a file that cannot be read with its reason and adds nothing', async () => {
    const { user } = renderPanel()
    await user.upload(screen.getByTestId('import-input'), new File([''], 'пусто.csv'))
    expect(await screen.findByRole('alert')).toHaveTextContent('Файл пуст')
    expect(screen.getByTestId('import-confirm')).toBeDisabled()
  })

  it('shows the overlay while files are dragged over the page and reads the dropped ones', async () => {
    renderPanel()
    const dataTransfer = { types: ['Files'], files: [csvFile()], dropEffect: 'none' }
    act(() => {
      const enter = new Event('dragenter', { cancelable: true })
      Object.assign(enter, { dataTransfer })
      window.dispatchEvent(enter)
    })
    expect(screen.getByText('Отпустите файлы, чтобы загрузить')).toBeInTheDocument()
    act(() => {
      const drop = new Event('drop', { cancelable: true })
      Object.assign(drop, { dataTransfer })
      window.dispatchEvent(drop)
    })
    expect(screen.queryByText('Отпустите файлы, чтобы загрузить')).not.toBeInTheDocument()
    expect(await screen.findByTestId('import-draft')).toHaveTextContent(
      'enterprises-mine.csv',
    )
  })
})

const KEPT: ImportedFile = {
  id: 'kept-1',
  file: 'Мои предприятия.xlsx',
  kind: 'enterprises',
  importedAt: '2026-11-20T10:00:00.000Z',
  records: [
    {
      id: 'my-plant',
      kind: 'enterprise',
      name: { ru: 'Мой завод' },
      industries: ['energy'],
      region: 'RU-SMO',
      municipality: 'smolensk-city',
      location: { lat: 54.78, lon: 32.05, precision: 'site' },
      origin: 'public',
      confidence: { record: 'medium' },
      sources: ['src-a'],
    },
  ],
  sources: [],
  rows: 1,
  rejected: 0,
  issues: [],
}

describe('kept data', () => {
  it('comes back with the banner, and can be hidden, shown alone and removed', async () => {
    storage = memoryStorage([KEPT])
    setImportStorage(storage)
    const { user } = renderPanel()
    const banner = await screen.findByTestId('import-banner')
    expect(banner).toHaveTextContent(
      'Показаны ваши данные: Мои предприятия.xlsx, 1 запись, загружено 20 ноября 2026',
    )
    expect(enterpriseIds()).toEqual(['ent-a', 'ent-b', 'ent-c', 'my-plant'])
    await user.click(screen.getByRole('button', { name: 'Скрыть мои данные' }))
    expect(enterpriseIds()).toEqual(['ent-a', 'ent-b', 'ent-c'])
    await user.click(screen.getByRole('button', { name: 'Показать только мои' }))
    expect(enterpriseIds()).toEqual(['my-plant'])
    expect(selectDatasets(useAppStore.getState()).industries.length).toBeGreaterThan(0)
    await user.click(screen.getByRole('button', { name: 'Удалить мои данные' }))
    expect(enterpriseIds()).toEqual(['ent-a', 'ent-b', 'ent-c'])
    await waitFor(async () => expect(await storage.list()).toEqual([]))
    expect(screen.queryByTestId('import-banner')).not.toBeInTheDocument()
  })

  it('when the storage is full, says so and still shows the import for the session', async () => {
    setImportStorage({
      ...memoryStorage(),
      put: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
    })
    const { user } = renderPanel()
    await user.upload(screen.getByTestId('import-input'), csvFile())
    await user.click(await screen.findByTestId('import-confirm'))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Не хватает места в хранилище браузера',
    )
    expect(enterpriseIds()).toContain('enterprises-mine-r2')
  })

  it('in a browser without IndexedDB (private mode), says the data is kept only for this page', async () => {
    setImportStorage({
      list: () => Promise.reject(new DOMException('no', 'InvalidStateError')),
      put: () => Promise.reject(new DOMException('no', 'InvalidStateError')),
      remove: () => Promise.resolve(),
      backups: () => Promise.resolve([]),
    })
    const { user } = renderPanel()
    await user.upload(screen.getByTestId('import-input'), csvFile())
    await user.click(await screen.findByTestId('import-confirm'))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Браузер не даёт сохранить данные',
    )
    expect(enterpriseIds()).toContain('enterprises-mine-r2')
  })
})
