import type { Workbox } from 'workbox-window'

import { useAppStore } from '@/store/app-store'
import { selectFilesSettled } from '@/store/file-selectors'

import { storedFetchedAt, watchDataLoads } from './data-age'
import { getOfflineState, setOfflineState } from './offline-state'

/** The message the service worker posts to a page when it answers a data file from its cache. */
export const FROM_CACHE_MESSAGE = 'promkarta:data-from-cache'

let started = false
let workbox: Workbox | undefined

function storageOf(win: Window): Storage | undefined {
  try {
    return win.localStorage
  } catch {
    return undefined
  }
}

/**
 * The service worker answered a data file from its cache: the data on screen is as old as the
 * oldest cached file (the `date` header its server sent when it was fetched online).
 */
export function takeServiceWorkerMessage(data: unknown): void {
  if (typeof data !== 'object' || data === null) return
  const message = data as { type?: unknown; date?: unknown }
  if (message.type !== FROM_CACHE_MESSAGE) return
  const date = typeof message.date === 'string' ? new Date(message.date) : null
  const iso = date && !Number.isNaN(date.getTime()) ? date.toISOString() : null
  if (!iso) {
    setOfflineState({ fromCache: true })
    return
  }
  // The first cached file replaces the stored time; later ones keep the oldest.
  const { fromCache, fetchedAt } = getOfflineState()
  const oldest = fromCache && fetchedAt && fetchedAt < iso ? fetchedAt : iso
  setOfflineState({ fromCache: true, fetchedAt: oldest })
}

/**
 * Starts watching the network, the data loads and the service worker, once per page. It runs
 * when the entry chunk loads, before the first data file is asked for, so no message of the
 * service worker is missed. The worker itself is registered only in a production build (never
 * under the dev server or in tests), after the page has loaded.
 */
export function startOffline(win: Window): void {
  if (started) return
  started = true
  const storage = storageOf(win)
  setOfflineState({
    online: win.navigator.onLine !== false,
    fetchedAt: storedFetchedAt(storage),
  })
  win.addEventListener('online', () => setOfflineState({ online: true }))
  win.addEventListener('offline', () => setOfflineState({ online: false }))
  watchDataLoads(storage)
  if (!('serviceWorker' in win.navigator)) return
  win.navigator.serviceWorker.addEventListener('message', (event) =>
    takeServiceWorkerMessage(event.data),
  )
  if (import.meta.env.PROD) register(win)
}

/**
 * `registerType: 'prompt'`: a new version waits until the user takes it. The first worker
 * takes the open page at once (`clientsClaim`) and the page fetches its data files again
 * through it, so that one online visit is enough to open the dashboard offline later.
 */
function register(win: Window): void {
  // Installing the worker downloads the whole app (about 2 MB) into its cache: only once the
  // first view is drawn and the page is idle, so a first visit is not slowed by it (nor by
  // workbox-window, fetched then). Where no worker can be had (private modes, blocked by
  // policy) the app works online as before.
  afterFirstView(win, () => {
    import('workbox-window')
      .then(({ Workbox }) => {
        const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`)
        wb.addEventListener('waiting', () => setOfflineState({ updateReady: true }))
        wb.addEventListener('controlling', (event) => {
          if (!event.isUpdate) void warmDataCache(win)
        })
        workbox = wb
        return wb.register({ immediate: true })
      })
      .catch(() => undefined)
  })
}

/** Longest wait for the data before the worker is installed anyway (a source that never answers). */
const FIRST_VIEW_LIMIT_MS = 15_000

const settled = selectFilesSettled()

/** Runs `then` once the data files have settled (or after a limit) and the page is idle. */
function afterFirstView(win: Window, then: () => void): void {
  let done = false
  const run = () => {
    if (done) return
    done = true
    unsubscribe()
    win.clearTimeout(limit)
    if (typeof win.requestIdleCallback === 'function')
      win.requestIdleCallback(then, { timeout: 3000 })
    else win.setTimeout(then, 500)
  }
  const unsubscribe = useAppStore.subscribe((state) => {
    if (state.manifest.status === 'error' || settled(state)) run()
  })
  const limit = win.setTimeout(run, FIRST_VIEW_LIMIT_MS)
  const now = useAppStore.getState()
  if (now.manifest.status !== 'idle' && settled(now)) run()
}

/** Data files of this origin the page has fetched so far (the worker caches those it sees). */
function dataFileUrls(win: Window): string[] {
  const urls = win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => {
      const url = new URL(name)
      return url.origin === win.location.origin && url.pathname.includes('/data/')
    })
  return [...new Set(urls)]
}

async function warmDataCache(win: Window): Promise<void> {
  await Promise.all(
    dataFileUrls(win).map((url) =>
      win
        .fetch(url, { cache: 'no-cache' })
        .then((response) => response.arrayBuffer())
        .catch(() => undefined),
    ),
  )
}

/** Takes the waiting version: it activates, then the page reloads once under it. */
export function applyUpdate(win: Window): void {
  if (!workbox) return
  workbox.addEventListener('controlling', () => win.location.reload())
  workbox.messageSkipWaiting()
}
