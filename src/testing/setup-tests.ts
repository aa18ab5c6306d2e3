import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'

import { en } from '@/shared/i18n/en'
import { initI18n } from '@/shared/i18n/i18n'
import { useAppStore } from '@/store/app-store'

import { server } from './mocks/server'

// Both languages at once: a test switches to English without waiting for its chunk.
initI18n().addResourceBundle('en', 'translation', en)

// Panels off the first screen load as chunks of their own; the first import of one in a test
// run is transformed on demand, which takes longer than the default second on a busy machine.
configure({ asyncUtilTimeout: 5000 })

const initialState = useAppStore.getState()

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))

beforeEach(() => {
  // The product must log no console errors: any one fails the test that caused it.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error: ${args.map(String).join(' ')}`)
  })
})

afterEach(() => {
  cleanup()
  server.resetHandlers()
  useAppStore.setState(initialState, true)
  // Node-environment tests have no window.
  if (typeof window !== 'undefined') window.localStorage.clear()
})

afterAll(() => server.close())
