import type { Locale } from '@/shared/format/format'
import type { PanelId } from '@/shared/panels/panel-ids'

import { type Relevance, relevanceSchema } from '../schema/records'
import { DEFAULT_FILTERS, type Filters, type RecordKind } from './filters'

/** The panels the section tabs lead to (and a link can open on). */
export const PANEL_TABS = [
  'charts',
  'table',
  'quality',
] as const satisfies readonly PanelId[]

export type PanelTab = (typeof PANEL_TABS)[number]

export interface MapView {
  lat: number
  lon: number
  zoom: number
}

/** Everything a shared link carries. */
export interface UrlState {
  filters: Filters
  select: string | null
  lang: Locale
  view: MapView | null
  tab: PanelTab
}

export const DEFAULT_URL_STATE: UrlState = {
  filters: DEFAULT_FILTERS,
  select: null,
  lang: 'ru',
  view: null,
  tab: 'charts',
}

/** A parameter value that was not understood and was dropped. */
export interface UrlProblem {
  param: string
  value: string
}

/** Query parameter names; part of the product's contract, documented in the README. */
export const PARAM = {
  industries: 'industry',
  municipalities: 'municipality',
  regions: 'region',
  kinds: 'kind',
  relevance: 'relevance',
  from: 'from',
  to: 'to',
  q: 'q',
  lang: 'lang',
  select: 'select',
  view: 'view',
  tab: 'tab',
} as const

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const KINDS: readonly RecordKind[] = [
  'enterprise',
  'holding',
  'association',
  'government-body',
  'industrial-park',
  'sez',
  'technopark',
  'cluster',
]
const MAX_Q = 200

/**
 * Reads a query string. Whatever is malformed is dropped and reported, never thrown: a
 * garbled link still opens the dashboard, with a notice.
 */
export function decodeUrlState(search: string): {
  state: UrlState
  problems: UrlProblem[]
} {
  const params = new URLSearchParams(search)
  const problems: UrlProblem[] = []
  const list = (param: string, valid: (v: string) => boolean): string[] => {
    const raw = params.get(param)
    if (raw === null) return []
    const out: string[] = []
    for (const value of raw.split(',').map((v) => v.trim())) {
      if (value === '') continue
      if (valid(value) && !out.includes(value)) out.push(value)
      else if (!valid(value)) problems.push({ param, value })
    }
    return out
  }
  const day = (param: string): string | null => {
    const raw = params.get(param)
    if (raw === null || raw === '') return null
    if (DAY.test(raw) && isRealDay(raw)) return raw
    problems.push({ param, value: raw })
    return null
  }
  let from = day(PARAM.from)
  let to = day(PARAM.to)
  if (from && to && from > to) {
    problems.push({ param: `${PARAM.from}/${PARAM.to}`, value: `${from} > ${to}` })
    ;[from, to] = [to, from]
  }
  const relevance = list(PARAM.relevance, (v) => relevanceSchema.safeParse(v).success)
  const q = params.get(PARAM.q) ?? ''
  if (q.length > MAX_Q) problems.push({ param: PARAM.q, value: `${q.slice(0, 20)}…` })
  const lang = params.get(PARAM.lang)
  if (lang !== null && lang !== 'ru' && lang !== 'en')
    problems.push({ param: PARAM.lang, value: lang })
  const select = params.get(PARAM.select)
  if (select !== null && !ID.test(select))
    problems.push({ param: PARAM.select, value: select })
  const tab = params.get(PARAM.tab)
  if (tab !== null && !PANEL_TABS.includes(tab as PanelTab))
    problems.push({ param: PARAM.tab, value: tab })
  const view = decodeView(params.get(PARAM.view), problems)
  return {
    state: {
      filters: {
        industries: list(PARAM.industries, (v) => ID.test(v)),
        municipalities: list(PARAM.municipalities, (v) => ID.test(v)),
        regions: list(PARAM.regions, (v) => /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(v)),
        kinds: list(PARAM.kinds, (v) => KINDS.includes(v as RecordKind)) as RecordKind[],
        relevance:
          params.get(PARAM.relevance) === null
            ? DEFAULT_FILTERS.relevance
            : (relevance as Relevance[]),
        from,
        to,
        q: q.length > MAX_Q ? '' : q,
      },
      select: select !== null && ID.test(select) ? select : null,
      lang: lang === 'en' ? 'en' : 'ru',
      view,
      tab:
        tab !== null && PANEL_TABS.includes(tab as PanelTab)
          ? (tab as PanelTab)
          : 'charts',
    },
    problems,
  }
}

/**
 * Writes the state as a query string, leaving out defaults so links stay short. Other
 * parameters (such as `data`) are kept as they are.
 */
export function encodeUrlState(
  state: UrlState,
  keep: URLSearchParams = new URLSearchParams(),
) {
  const params = new URLSearchParams(keep)
  for (const name of Object.values(PARAM)) params.delete(name)
  const { filters } = state
  const setList = (name: string, values: readonly string[]) => {
    if (values.length > 0) params.set(name, values.join(','))
  }
  setList(PARAM.industries, filters.industries)
  setList(PARAM.municipalities, filters.municipalities)
  setList(PARAM.regions, filters.regions)
  setList(PARAM.kinds, filters.kinds)
  if (!sameList(filters.relevance, DEFAULT_FILTERS.relevance))
    params.set(PARAM.relevance, filters.relevance.join(','))
  if (filters.from) params.set(PARAM.from, filters.from)
  if (filters.to) params.set(PARAM.to, filters.to)
  if (filters.q.trim()) params.set(PARAM.q, filters.q.trim())
  if (state.select) params.set(PARAM.select, state.select)
  if (state.view)
    params.set(
      PARAM.view,
      `${state.view.lat.toFixed(4)},${state.view.lon.toFixed(4)},${roundZoom(state.view.zoom)}`,
    )
  if (state.tab !== DEFAULT_URL_STATE.tab) params.set(PARAM.tab, state.tab)
  if (state.lang !== 'ru') params.set(PARAM.lang, state.lang)
  const text = params.toString().replaceAll('%2C', ',')
  return text ? `?${text}` : ''
}

/**
 * Ids the loaded data knows; anything else in a link is dropped and reported. A list left
 * out (its file did not load) is not checked.
 */
export interface KnownIds {
  industries?: ReadonlySet<string>
  municipalities?: ReadonlySet<string>
  regions?: ReadonlySet<string>
  records?: ReadonlySet<string>
}

export function dropUnknownIds(
  state: UrlState,
  known: KnownIds,
): { state: UrlState; problems: UrlProblem[] } {
  const problems: UrlProblem[] = []
  const keep = (param: string, values: readonly string[], set?: ReadonlySet<string>) =>
    values.filter((value) => {
      if (!set || set.has(value)) return true
      problems.push({ param, value })
      return false
    })
  const filters: Filters = {
    ...state.filters,
    industries: keep(PARAM.industries, state.filters.industries, known.industries),
    municipalities: keep(
      PARAM.municipalities,
      state.filters.municipalities,
      known.municipalities,
    ),
    regions: keep(PARAM.regions, state.filters.regions, known.regions),
  }
  let select = state.select
  if (select !== null && known.records && !known.records.has(select)) {
    problems.push({ param: PARAM.select, value: select })
    select = null
  }
  return { state: { ...state, filters, select }, problems }
}

function decodeView(raw: string | null, problems: UrlProblem[]): MapView | null {
  if (raw === null || raw === '') return null
  const [lat, lon, zoom] = raw.split(',').map(Number)
  if (
    lat === undefined ||
    lon === undefined ||
    zoom === undefined ||
    !Number.isFinite(lat) ||
    !Number.isFinite(lon) ||
    !Number.isFinite(zoom) ||
    Math.abs(lat) > 85 ||
    Math.abs(lon) > 180 ||
    zoom < 1 ||
    zoom > 18
  ) {
    problems.push({ param: PARAM.view, value: raw })
    return null
  }
  return { lat, lon, zoom }
}

function isRealDay(value: string): boolean {
  const [y = 0, m = 0, d = 0] = value.split('-').map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

function roundZoom(zoom: number): string {
  return String(Math.round(zoom * 2) / 2)
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x))
}
