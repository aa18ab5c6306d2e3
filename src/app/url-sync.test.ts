import { afterEach, describe, expect, it } from 'vitest'

import { MAX_LIST } from '@/domain/filters/dimension-kit'
import { useAppStore } from '@/store/app-store'

import { startUrlSync } from './url-sync'

/** A window whose address the sync reads and writes, counting each read of the query. */
function fakeWindow(search: string) {
  const page = { search, reads: 0, pushes: 0 }
  const write = (_state: unknown, _title: string, url: string) => {
    page.search = new URL(url, 'http://localhost').search
  }
  const win = {
    location: {
      get search() {
        page.reads += 1
        return page.search
      },
      pathname: '/',
      hash: '',
    },
    history: {
      pushState: (...args: [unknown, string, string]) => {
        page.pushes += 1
        write(...args)
      },
      replaceState: write,
    },
    addEventListener: () => {},
    removeEventListener: () => {},
  }
  return { page, win: win as unknown as Window }
}

let stop: (() => void) | undefined
afterEach(() => stop?.())

describe('startUrlSync', () => {
  it('rewrites a link once, then leaves the address alone on changes the link does not hold', () => {
    const { page, win } = fakeWindow('?industry=defence&junk=1')
    stop = startUrlSync(win)
    // Written at start (keeping a parameter that is not the app's).
    expect(page.search).toBe('?junk=1&industry=defence')
    useAppStore.getState().setTimelineCursor('2025-01-31')
    // In place: Back from the rewritten link would only reopen the same view.
    expect(page.pushes).toBe(0)
    page.reads = 0
    for (let i = 0; i < 5; i++)
      useAppStore.getState().setTimelineCursor(`2025-0${i + 2}-28`)
    expect(page.reads).toBe(0)
    useAppStore.getState().toggleFilterValue('industries', 'energy')
    expect(page.search).toBe('?junk=1&industry=defence,energy')
    expect(page.pushes).toBe(1)
  })

  it('reads a link of a megabyte once and replaces it with its capped form at start', () => {
    const ids = Array.from({ length: 150_000 }, (_, i) => `x${i}`)
    const { page, win } = fakeWindow(`?industry=${ids.join(',')}`)
    stop = startUrlSync(win)
    // Before any change of the store: nothing else reads the megabyte after the sync.
    expect(page.search).toBe(`?industry=${ids.slice(0, MAX_LIST).join(',')}`)
    expect(page.pushes).toBe(0)
    // One read to parse, one to compare with what is written.
    expect(page.reads).toBe(2)
    expect(useAppStore.getState().filters.industries).toHaveLength(MAX_LIST)
  })
})
