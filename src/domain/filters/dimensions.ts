import type { Place } from '../derive/places'
import type { NewsEvent, Visit } from '../schema/records'
import { formatDate } from '@/shared/format/format'

import { dayField, listField, oneOf } from './dimension-fields'
import {
  ALL_RELEVANCE,
  type ChipSpec,
  DEFAULT_RELEVANCE,
  type ExportFilterLabel,
  type FieldSpec,
  type LabelContext,
  MAX_QUERY,
  type NarrowedKind,
  type NarrowedRecords,
  type Narrowing,
  type Period,
  RECORD_KINDS,
  type RecordKind,
  type ReferenceKind,
  type RelevanceValue,
  type Report,
  anyOf,
  dimension,
  inPeriod,
  matching,
} from './dimension-kit'
import type { FilterIndex } from './filter-index'
import { industries, municipalities, regions } from './reference-dimensions'

/**
 * THE TABLE OF FILTER DIMENSIONS. Everything else about filters is derived from it: the
 * `Filters` type and its defaults, the link codec, the scene schema, «same filters», which
 * charts say «с учётом фильтров», the export stamp and the chips. A new dimension is one entry
 * here (fields with their URL parameter, scene schema and default; what it narrows and how;
 * its chips and its stamp line) plus its picker in the filter bar and its labels.
 * See docs/architecture.md.
 */

const kindOf: Narrowing<{ kinds: readonly RecordKind[] }, Place> = ({ kinds }) =>
  anyOf<Place>(kinds, (set, p) => set.has(p.record.kind))

const kinds = dimension<{ kinds: readonly RecordKind[] }>()({
  fields: { kinds: listField('kind', oneOf(RECORD_KINDS)) },
  narrows: { enterprises: kindOf, parks: kindOf, visits: false, events: false },
  chips: ({ kinds }, { t }) =>
    kinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
  withoutChip: ({ kinds }, chip) => ({ kinds: kinds.filter((x) => x !== chip) }),
  stamp: 'kinds',
  describe: ({ kinds }, { t }) =>
    kinds.length > 0
      ? { list: kinds.map((kind) => t(`kinds.${kind}`)).join(', ') }
      : null,
})

const period = dimension<Period>()({
  fields: { from: dayField('from'), to: dayField('to') },
  settle: ({ from, to }, report) => {
    if (from && to && from > to) {
      report('from/to', `${from} > ${to}`)
      return { from: to, to: from }
    }
    return { from, to }
  },
  narrows: {
    enterprises: false,
    parks: false,
    visits: inPeriod<Visit>((index) => index.visitSpan),
    events: inPeriod<NewsEvent>((index) => index.eventSpan),
  },
  chips: ({ from, to }, { locale }) =>
    from || to
      ? [
          {
            value: '',
            label: `${from ? formatDate(from, 'day', locale) : '…'} — ${to ? formatDate(to, 'day', locale) : '…'}`,
          },
        ]
      : [],
  withoutChip: () => ({ from: null, to: null }),
  stamp: 'period',
  describe: ({ from, to }, { locale, t }) => {
    if (!from && !to) return null
    const open = t('export.filters.open')
    return {
      from: from ? formatDate(from, 'day', locale) : open,
      to: to ? formatDate(to, 'day', locale) : open,
    }
  },
})

const placeText = matching<Place>(
  (index) => index.searchText().places,
  (p) => p.record.id,
)

const q = dimension<{ q: string }>()({
  fields: {
    q: {
      param: 'q',
      default: '',
      scene: { type: 'text', max: MAX_QUERY },
      decode: (raw, report) => {
        if (raw.length <= MAX_QUERY) return raw
        report('q', `${raw.slice(0, 20)}…`)
        return ''
      },
      encode: (value) => value.trim() || null,
      same: (a, b) => a.trim() === b.trim(),
    },
  },
  narrows: {
    enterprises: placeText,
    parks: placeText,
    visits: matching<Visit>(
      (index) => index.searchText().visits,
      (v) => v.id,
    ),
    events: matching<NewsEvent>(
      (index) => index.searchText().events,
      (e) => e.id,
    ),
  },
  chips: ({ q }) => (q.trim() ? [{ value: '', label: `«${q.trim()}»` }] : []),
  withoutChip: () => ({ q: '' }),
  stamp: 'q',
  describe: ({ q }) => (q.trim() ? { q: q.trim() } : null),
})

const relevanceField = listField('relevance', oneOf(ALL_RELEVANCE), DEFAULT_RELEVANCE)

const relevance = dimension<{ relevance: readonly RelevanceValue[] }>()({
  fields: { relevance: relevanceField },
  narrows: {
    enterprises: false,
    parks: false,
    visits: false,
    events: ({ relevance }) =>
      anyOf<NewsEvent>(relevance, (set, e) => set.has(e.relevance)),
  },
  chips: ({ relevance }, { t }) =>
    relevanceField.same(relevance, DEFAULT_RELEVANCE)
      ? []
      : [{ value: '', label: t('filters.relevanceWide') }],
  withoutChip: () => ({ relevance: DEFAULT_RELEVANCE }),
  stamp: 'relevance',
  describe: ({ relevance }, { t }) => {
    if (relevanceField.same(relevance, DEFAULT_RELEVANCE)) return null
    // An empty list lets every event through.
    const shown = relevance.length > 0 ? relevance : ALL_RELEVANCE
    return { list: shown.map((r) => t(`export.relevance.${r}`)).join(', ') }
  },
})

/**
 * The dimensions, in the order of chips and stamp lines (and of fields in links and scenes).
 * Industries and municipalities narrow enterprises and parks, and visits and events through
 * the organisations they link; partner regions narrow visits, events and the places they link;
 * kinds narrow enterprises and parks; the period narrows visits and events; relevance narrows
 * events; the search narrows everything by its title.
 */
export const DIMENSIONS = {
  industries,
  municipalities,
  regions,
  kinds,
  period,
  q,
  relevance,
}

type Dimensions = typeof DIMENSIONS
export type DimensionKey = keyof Dimensions
export const DIMENSION_KEYS = Object.keys(DIMENSIONS) as DimensionKey[]

type FieldsOf<D> = D extends { fields: infer S }
  ? { [K in keyof S]: S[K] extends FieldSpec<infer V> ? V : never }
  : never
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never
type Flat<T> = { [K in keyof T]: T[K] }

/**
 * What the user narrowed the view to, one field per field of the table. Empty lists mean
 * "all"; relevance defaults to Smolensk industry news; `from`/`to` are inclusive `YYYY-MM-DD`.
 */
export type Filters = Flat<UnionToIntersection<FieldsOf<Dimensions[DimensionKey]>>>
export type FilterKey = keyof Filters
/** The fields that hold lists of values (chips, legends and bars toggle one value). */
export type ListFilterKey = {
  [K in FilterKey]: Filters[K] extends readonly unknown[] ? K : never
}[FilterKey]
/** The fields a dimension owns. */
type DimensionValue<D extends DimensionKey> = FieldsOf<Dimensions[D]>

/** The fields of `Filters`, each with its dimension and its spec. */
export const FILTER_FIELDS = DIMENSION_KEYS.flatMap((dimension) =>
  Object.entries(DIMENSIONS[dimension].fields).map(([key, spec]) => ({
    key: key as FilterKey,
    dimension,
    spec: spec as FieldSpec<unknown>,
  })),
)

export const DEFAULT_FILTERS = Object.fromEntries(
  FILTER_FIELDS.map(({ key, spec }) => [key, spec.default]),
) as Filters

/** The fields of a dimension's narrowing of `R`, or `never` when it does not narrow `R`. */
type NarrowingFields<R extends NarrowedKind> = {
  [D in DimensionKey]: Dimensions[D]['narrows'][R] extends false
    ? never
    : keyof DimensionValue<D>
}[DimensionKey]

/** The filters that narrow enterprises and parks. */
export type PlaceCriteria = Pick<Filters, NarrowingFields<'enterprises' | 'parks'>>
/** The filters that narrow visits. */
export type VisitCriteria = Pick<Filters, NarrowingFields<'visits'>>
/** The filters that narrow events. */
export type EventCriteria = Pick<Filters, NarrowingFields<'events'>>

/** The table with value types erased; each function gets the whole `Filters` it reads from. */
export const ANY_DIMENSIONS = DIMENSIONS as unknown as Record<
  DimensionKey,
  {
    fields: Record<string, FieldSpec<unknown>>
    reference?: ReferenceKind
    settle?: (value: Filters, report: Report) => Partial<Filters>
    narrows: {
      [K in NarrowedKind]:
        | ((
            value: Partial<Filters>,
            index: FilterIndex,
          ) => ((r: NarrowedRecords[K]) => boolean) | null)
        | false
    }
    chips: (value: Filters, ctx: LabelContext) => ChipSpec[]
    withoutChip: (value: Filters, chip: string) => Partial<Filters>
    stamp: ExportFilterLabel
    describe: (value: Filters, ctx: LabelContext) => Record<string, string> | null
  }
>
