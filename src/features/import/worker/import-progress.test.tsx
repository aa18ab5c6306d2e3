import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { useAppStore } from '@/store/app-store'
import { renderUi } from '@/testing/render'
import { seedDatasets } from '@/testing/seed'

import { ImportButton } from '../import-button'
import { memoryStorage, setImportStorage } from '../import-storage'
import type { WorkerMessage } from './protocol'
import { setImportWorkerFactory } from './run-import'

/** A worker that says it is reading row 45,000 of 100,000, then nothing more until stopped. */
class SlowWorker {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null
  onerror: (() => void) | null = null
  terminated = false
  postMessage() {
    queueMicrotask(() =>
      this.onmessage?.({
        data: { type: 'progress', phase: 'parsing', done: 45_000, total: 100_000 },
      } as MessageEvent<WorkerMessage>),
    )
  }
  terminate() {
    this.terminated = true
  }
}

const csv = () =>
  new File(['Наименование;Район\nООО «Свой»;город Смоленск\n'], 'enterprises-x.csv', {
    type: 'text/csv',
  })

beforeEach(() => {
  setImportStorage(memoryStorage())
  seedDatasets()
})

afterEach(() => setImportWorkerFactory())

describe('the import’s progress', () => {
  it('shows the rows read with a bar and «Отменить», which stops the worker and keeps nothing', async () => {
    const worker = new SlowWorker()
    setImportWorkerFactory(() => worker as unknown as Worker)
    const { user } = renderUi(<ImportButton />)
    await user.upload(screen.getByTestId('import-input'), csv())

    const progress = await screen.findByTestId('import-progress')
    await waitFor(() =>
      expect(within(progress).getByRole('status')).toHaveTextContent(
        /^Чтение… 45\s000 из 100\s000 строк$/,
      ),
    )
    expect(within(progress).getByRole('progressbar')).toHaveAttribute(
      'value',
      String(0.9 * 0.45),
    )
    await user.click(within(progress).getByRole('button', { name: 'Отменить' }))

    expect(worker.terminated).toBe(true)
    await waitFor(() => expect(screen.queryByTestId('import-progress')).toBeNull())
    expect(useAppStore.getState().importDrafts).toEqual([])
    expect(useAppStore.getState().importBusy).toBe(false)
    expect(screen.queryByTestId('import-draft')).toBeNull()
  })

  it('refuses a file over 200 MB before reading it, naming the limit', async () => {
    const { user } = renderUi(<ImportButton />)
    const huge = csv()
    Object.defineProperty(huge, 'size', { value: 201 * 1024 * 1024 })
    Object.defineProperty(huge, 'arrayBuffer', {
      value: () => Promise.reject(new Error('read a file over the limit')),
    })
    await user.upload(screen.getByTestId('import-input'), huge)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Файл больше 200 МБ: такие файлы не загружаются',
    )
  })
})
