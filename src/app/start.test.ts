import { afterEach, describe, expect, it, vi } from 'vitest'

import { useAppStore } from '@/store/app-store'

import { startApp } from './start'

afterEach(() => {
  vi.doUnmock('@/features/datasets/load-datasets')
})

describe('starting the app', () => {
  it('says where the data would be when the loader’s chunk cannot be fetched', async () => {
    vi.doMock('@/features/datasets/load-datasets', () => {
      throw new Error('Failed to fetch dynamically imported module')
    })
    await startApp({ search: '', href: 'http://localhost/' })
    const { manifest, source } = useAppStore.getState()
    expect(source).not.toBeNull()
    expect(manifest).toMatchObject({
      status: 'error',
      fault: { file: 'manifest.json', reason: 'network' },
    })
    expect(manifest.status === 'error' && manifest.fault.message).toMatch(
      /обновите страницу/,
    )
  })
})
