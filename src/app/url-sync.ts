import {
  type KnownIds,
  type UrlState,
  decodeUrlState,
  dropUnknownIds,
  encodeUrlState,
} from '@/domain/filters/filters-url'
import { type AppState, useAppStore } from '@/store/app-store'
import { selectDatasets, selectFilesSettled } from '@/store/file-selectors'

import { readPreferences, writePreferences } from './preferences'

function urlStateOf(s: AppState): UrlState {
  return {
    filters: s.filters,
    select: s.selectedId,
    lang: s.language,
    view: s.mapView,
    tab: s.tab,
  }
}

function applyUrlState(state: UrlState): void {
  useAppStore.setState({
    filters: state.filters,
    selectedId: state.select,
    language: state.lang,
    mapView: state.view,
    tab: state.tab,
  })
}

/** Whether anything the link holds differs between two states. */
function linkStateChanged(state: AppState, previous: AppState): boolean {
  return (
    state.filters !== previous.filters ||
    state.selectedId !== previous.selectedId ||
    state.language !== previous.language ||
    state.mapView !== previous.mapView ||
    state.tab !== previous.tab
  )
}

const selectAllFilesSettled = selectFilesSettled()

/** The ids each loaded file knows; `undefined` for a file that is not (yet) loaded. */
function knownIds(s: AppState): KnownIds | null {
  const { files } = s
  if (!selectAllFilesSettled(s)) return null
  const datasets = selectDatasets(s)
  const ready = (kind: keyof typeof files) => files[kind].status === 'ready'
  const ids = (records: readonly { id: string }[]) => new Set(records.map((r) => r.id))
  return {
    industries: ready('industries') ? ids(datasets.industries) : undefined,
    municipalities: ready('municipalities') ? ids(datasets.municipalities) : undefined,
    regions: ready('regions') ? ids(datasets.regions) : undefined,
    records:
      ready('enterprises') && ready('parks') && ready('visits') && ready('events')
        ? ids([
            ...datasets.enterprises,
            ...datasets.parks,
            ...datasets.visits,
            ...datasets.events,
          ])
        : undefined,
  }
}

/**
 * Keeps the view and the address bar in step: the link's state is applied at start (garbage
 * dropped with a notice), unknown ids are dropped once the data is in, every change writes
 * the address (a new history entry, except for typing and panning), and back/forward
 * restore the view. Returns a function that stops it.
 */
export function startUrlSync(win: Window = window): () => void {
  // The address is read and parsed once: a link of a megabyte costs tens of milliseconds a
  // read and a parse in Chromium.
  const linked = new URLSearchParams(win.location.search)
  const decoded = decodeUrlState(linked)
  const remembered = readPreferences()
  // A link without `lang` opens in the language this browser used last.
  applyUrlState({
    ...decoded.state,
    lang: linked.has('lang')
      ? decoded.state.lang
      : (remembered.language ?? decoded.state.lang),
  })
  if (remembered.theme) useAppStore.getState().setTheme(remembered.theme)
  useAppStore.getState().setLinkProblems(decoded.problems)

  /**
   * Writes the state into the address. `minor` replaces the history entry instead of adding
   * one. `keep` holds what the address has besides the app's own params (`data`, `embed`).
   */
  function writeAddress(state: AppState, minor: boolean, keep: URLSearchParams): void {
    const search = encodeUrlState(urlStateOf(state), keep)
    const current = win.location.search
    if (search === current) return
    const url = `${win.location.pathname}${search}${win.location.hash}`
    if (minor) win.history.replaceState(null, '', url)
    else win.history.pushState(null, '', url)
  }
  // The link's own rewrite (normalised, capped) replaces it at once, before anything else
  // reads the address: Back would only reopen the same view.
  writeAddress(useAppStore.getState(), true, linked)
  let checkedIds = false

  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (state.language !== previous.language || state.theme !== previous.theme) {
      writePreferences({ version: 1, language: state.language, theme: state.theme })
    }
    if (!checkedIds) {
      const known = knownIds(state)
      if (known) {
        checkedIds = true
        const pruned = dropUnknownIds(urlStateOf(state), known)
        if (pruned.problems.length > 0) {
          applyUrlState(pruned.state)
          state.setLinkProblems([...state.linkProblems, ...pruned.problems])
          return
        }
      }
    }
    // Most changes (files arriving, hover, panels) touch nothing the link holds: skip
    // re-reading the address then.
    if (!linkStateChanged(state, previous)) return
    // Typing a search and panning the map replace the entry; everything else adds one.
    const minor =
      state.mapView !== previous.mapView ||
      (state.filters !== previous.filters && onlySearchDiffers(state, previous))
    writeAddress(state, minor, new URLSearchParams(win.location.search))
  })

  function onPopState() {
    const { state, problems } = decodeUrlState(win.location.search)
    applyUrlState(state)
    useAppStore.getState().setLinkProblems(problems)
  }
  win.addEventListener('popstate', onPopState)
  return () => {
    unsubscribe()
    win.removeEventListener('popstate', onPopState)
  }
}

function onlySearchDiffers(a: AppState, b: AppState): boolean {
  const { q: _a, ...restA } = a.filters
  const { q: _b, ...restB } = b.filters
  return JSON.stringify(restA) === JSON.stringify(restB)
}
