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
  const decoded = decodeUrlState(win.location.search)
  const remembered = readPreferences()
  // A link without `lang` opens in the language this browser used last.
  const linkHasLanguage = new URLSearchParams(win.location.search).has('lang')
  applyUrlState({
    ...decoded.state,
    lang: linkHasLanguage
      ? decoded.state.lang
      : (remembered.language ?? decoded.state.lang),
  })
  if (remembered.theme) useAppStore.getState().setTheme(remembered.theme)
  useAppStore.getState().setLinkProblems(decoded.problems)
  let checkedIds = false
  let written = false

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
    // re-reading the address then. The first pass always writes, so a link's capped or
    // pruned lists replace what it came with.
    if (written && !linkStateChanged(state, previous)) return
    const first = !written
    written = true
    const search = encodeUrlState(
      urlStateOf(state),
      new URLSearchParams(win.location.search),
    )
    if (search === win.location.search) return
    const url = `${win.location.pathname}${search}${win.location.hash}`
    // Typing a search and panning the map replace the entry; everything else adds one.
    // The link's own rewrite (normalised, capped, pruned) replaces it: Back would only
    // reopen the same view.
    const minor =
      first ||
      state.mapView !== previous.mapView ||
      (state.filters !== previous.filters && onlySearchDiffers(state, previous))
    if (minor) win.history.replaceState(null, '', url)
    else win.history.pushState(null, '', url)
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
