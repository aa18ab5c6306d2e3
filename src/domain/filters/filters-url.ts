import type { Locale } from '@/shared/format/format'
import type { PanelId } from '@/shared/panels/panel-ids'

import {
  ANY_DIMENSIONS,
  DEFAULT_FILTERS,
  DIMENSION_KEYS,
  FILTER_FIELDS,
  type FilterKey,
  type Filters,
} from './dimensions'
import { MAX_PROBLEM_VALUE, type ReferenceKind } from './dimension-kit'

/** The side panel's tabs, in order (a link can open on any of them). */
export const PANEL_TABS = [
  'whatsnew',
  'details',
  'charts',
  'table',
  'quality',
  'scenes',
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
  tab: 'whatsnew',
}

/** A parameter value that was not understood and was dropped. */
export interface UrlProblem {
  param: string
  value: string
}

/** Parameters a link carries besides the filters (whose parameters are in the filter table). */
const PARAM = {
  ...(Object.fromEntries(FILTER_FIELDS.map(({ key, spec }) => [key, spec.param])) as {
    [K in FilterKey]: string
  }),
  lang: 'lang',
  select: 'select',
  view: 'view',
  tab: 'tab',
} as const

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/

/**
 * A rewrite of an older link into the current form, applied before decoding. When a parameter
 * is renamed or its values change, add one here (and its old link to the tests), so links
 * already sent keep opening the same view. Each migration sees the output of the ones before.
 */
export interface UrlMigration {
  /** What changed, for the tests and the architecture notes. */
  description: string
  migrate: (params: URLSearchParams) => void
}

/**
 * The migrations, oldest first. None yet: every link written since links carried the view
 * (the parameters in the README) is read as it is; the old-link tests pin that.
 */
export const URL_MIGRATIONS: readonly UrlMigration[] = []

/** At most this many dropped values are listed in the notice; the rest are counted. */
export const MAX_NOTICE_PROBLEMS = 10

/**
 * The notice text of dropped values: the first few as `param=value`, each value cut short, and
 * how many more there were, so a huge garbled link gives a short notice.
 */
export function summariseProblems(problems: readonly UrlProblem[]): {
  list: string
  more: number
} {
  const shown = problems.slice(0, MAX_NOTICE_PROBLEMS)
  return {
    list: shown.map((p) => `${p.param}=${clip(p.value)}`).join(', '),
    more: problems.length - shown.length,
  }
}

function clip(value: string): string {
  return value.length > MAX_PROBLEM_VALUE
    ? `${value.slice(0, MAX_PROBLEM_VALUE)}…`
    : value
}

/**
 * Reads a query string. Whatever is malformed is dropped and reported, never thrown: a
 * garbled link still opens the dashboard, with a notice. Linear in the length of the query;
 * each list keeps at most `MAX_LIST` values. Parsed params are copied, not changed.
 */
export function decodeUrlState(
  search: string | URLSearchParams,
  migrations: readonly UrlMigration[] = URL_MIGRATIONS,
): {
  state: UrlState
  problems: UrlProblem[]
} {
  const params = new URLSearchParams(search)
  for (const migration of migrations) migration.migrate(params)
  const problems: UrlProblem[] = []
  const report = (param: string, value: string) =>
    problems.push({ param, value: clip(value) })
  const filters: Record<string, unknown> = {}
  for (const dimension of DIMENSION_KEYS) {
    const { fields, settle } = ANY_DIMENSIONS[dimension]
    const value: Record<string, unknown> = {}
    for (const [key, spec] of Object.entries(fields)) {
      const raw = params.get(spec.param)
      value[key] = raw === null ? spec.default : spec.decode(raw, report)
    }
    Object.assign(filters, settle ? settle(value as Filters, report) : value)
  }
  const lang = params.get(PARAM.lang)
  if (lang !== null && lang !== 'ru' && lang !== 'en') report(PARAM.lang, lang)
  const select = params.get(PARAM.select)
  if (select !== null && !ID.test(select)) report(PARAM.select, select)
  const tab = params.get(PARAM.tab)
  if (tab !== null && !PANEL_TABS.includes(tab as PanelTab)) report(PARAM.tab, tab)
  const view = decodeView(params.get(PARAM.view), report)
  return {
    state: {
      filters: filters as Filters,
      select: select !== null && ID.test(select) ? select : null,
      lang: lang === 'en' ? 'en' : 'ru',
      view,
      // A link to a record without a tab opens on its card.
      tab:
        tab !== null && PANEL_TABS.includes(tab as PanelTab)
          ? (tab as PanelTab)
          : select !== null && ID.test(select)
            ? 'details'
            : DEFAULT_URL_STATE.tab,
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
  for (const { key, spec } of FILTER_FIELDS) {
    const text = spec.encode(state.filters[key])
    if (text !== null) params.set(spec.param, text)
  }
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
export type KnownIds = { [K in ReferenceKind]?: ReadonlySet<string> } & {
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
  const filters: Record<string, unknown> = { ...state.filters }
  for (const dimension of DIMENSION_KEYS) {
    const { fields, reference } = ANY_DIMENSIONS[dimension]
    if (!reference) continue
    for (const [key, spec] of Object.entries(fields))
      filters[key] = keep(spec.param, filters[key] as string[], known[reference])
  }
  let select = state.select
  if (select !== null && known.records && !known.records.has(select)) {
    problems.push({ param: PARAM.select, value: select })
    select = null
  }
  return { state: { ...state, filters: filters as Filters, select }, problems }
}

function decodeView(
  raw: string | null,
  report: (param: string, value: string) => void,
): MapView | null {
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
    report(PARAM.view, raw)
    return null
  }
  return { lat, lon, zoom }
}

function roundZoom(zoom: number): string {
  return String(Math.round(zoom * 2) / 2)
}
