import { z } from 'zod'

import type { Place } from '../derive/places'
import type { Translate } from '../export/text'
import { idSchema, isoDaySchema, regionIdSchema } from '../schema/common'
import type { Datasets } from '../schema/datasets'
import {
  type NewsEvent,
  type Visit,
  enterpriseKindSchema,
  parkKindSchema,
  relevanceSchema,
} from '../schema/records'
import type { Translation } from '@/shared/i18n/types'
import { type Locale, formatDate, localized } from '@/shared/format/format'

import { spanInRange } from './date-range'
import type { FilterIndex } from './filter-index'
import { normaliseText } from './text'

/**
 * THE TABLE OF FILTER DIMENSIONS. Everything else about filters is derived from it: the
 * `Filters` type and its defaults, the link codec, the scene schema, «same filters», which
 * charts say «с учётом фильтров», the export stamp and the chips. A new dimension is one entry
 * here (fields with their URL parameter, scene schema and default; what it narrows and how;
 * its chips and its stamp line) plus its picker in the filter bar and its labels.
 * See docs/architecture.md.
 */

/** Every kind of enterprise and park, in the order the data contract lists them. */
const RECORD_KINDS = [...enterpriseKindSchema.options, ...parkKindSchema.options]
type RecordKind = (typeof RECORD_KINDS)[number]

/** Every relevance an event can have. */
export const ALL_RELEVANCE = relevanceSchema.options
export type RelevanceValue = (typeof ALL_RELEVANCE)[number]

/** Which events are shown when a link or a scene says nothing: Smolensk industry news. */
export const DEFAULT_RELEVANCE: readonly RelevanceValue[] = ['smolensk-industry']

/** The longest list a link accepts per parameter; the rest is dropped with one notice. */
export const MAX_LIST = 500
/** The longest search text a link or a scene accepts. */
const MAX_QUERY = 200
/** How much of a dropped value a notice repeats. */
export const MAX_PROBLEM_VALUE = 40

/** Records by the kinds a dimension may narrow. */
export interface NarrowedRecords {
  enterprises: Place
  parks: Place
  visits: Visit
  events: NewsEvent
}
export type NarrowedKind = keyof NarrowedRecords
export const NARROWED_KINDS: readonly NarrowedKind[] = [
  'enterprises',
  'parks',
  'visits',
  'events',
]

/**
 * How a dimension narrows one kind of record: given its value, a test of a record, or `null`
 * when the value lets everything through. `false` in the table: it does not narrow that kind.
 */
type Narrowing<F, R> = (value: F, index: FilterIndex) => ((record: R) => boolean) | null
type Narrows<F> = { [K in NarrowedKind]: Narrowing<F, NarrowedRecords[K]> | false }

/** Reports a dropped link value. */
export type Report = (param: string, value: string) => void

/** One field of `Filters`: its URL parameter, its scene schema, its default and equality. */
export interface FieldSpec<V> {
  /** Query parameter name; part of the product's contract, documented in the README. */
  param: string
  default: V
  /** The field in a scene's `filters` (and `data/schema/scenes.schema.json`), with its default. */
  scene: z.ZodType<V>
  /** Reads a parameter that is present; drops (and reports) what it does not understand. */
  decode: (raw: string, report: Report) => V
  /** The parameter's text, or `null` to leave it out of the link (the default). */
  encode: (value: V) => string | null
  same: (a: V, b: V) => boolean
}

/** What the chips, the stamp and the scene compaction need to name values. */
export interface LabelContext {
  locale: Locale
  t: Translate
  refs: Pick<Datasets, 'industries' | 'municipalities' | 'regions'>
}

export interface ChipSpec {
  /** The list value the chip removes; empty for a chip that resets the whole dimension. */
  value: string
  label: string
}

type ExportFilterLabel = Exclude<
  keyof Translation['export']['filters'],
  'none' | 'open' | 'cursor'
>

/** The reference files whose ids a dimension lists; a link's unknown ids are dropped. */
export type ReferenceKind = 'industries' | 'municipalities' | 'regions'

interface DimensionBase<F> {
  fields: { [K in keyof F]-?: FieldSpec<F[K]> }
  /** The reference file its values are ids of, if any. */
  reference?: ReferenceKind
  /** A rule across the dimension's fields, applied after decoding a link. */
  settle?: (value: F, report: Report) => F
  /** The chips of the active value, in the interface language. */
  chips: (value: F, ctx: LabelContext) => ChipSpec[]
  /** The value once the chip is removed. */
  withoutChip: (value: F, chip: string) => F
  /** The key of its line on the export stamp (`export.filters.*`)… */
  stamp: ExportFilterLabel
  /** …and that line's values, or `null` when it is not active. */
  describe: (value: F, ctx: LabelContext) => Record<string, string> | null
}

type Dimension<F, N extends Narrows<F> = Narrows<F>> = DimensionBase<F> & {
  narrows: N
}

/** Declares a dimension of fields `F`, keeping the literal `false`s of what it narrows. */
function dimension<F>() {
  return <N extends Narrows<F>>(spec: Dimension<F, N>) => spec
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  if (a.length !== b.length) return false
  const set = new Set(b)
  return a.every((x) => set.has(x))
}

/** A comma-separated list of values valid under `item`; linear, capped at `MAX_LIST`. */
function listField<T extends string>(
  param: string,
  item: z.ZodType<T>,
  fallback: readonly T[] = [],
): FieldSpec<readonly T[]> {
  return {
    param,
    default: fallback,
    scene: z.array(item).default(() => [...fallback]),
    decode: (raw, report) => {
      const out = new Set<T>()
      let seen = 0
      let over = 0
      for (const token of raw.split(',')) {
        const value = token.trim()
        if (value === '') continue
        if (seen >= MAX_LIST) {
          over++
          continue
        }
        seen++
        const parsed = item.safeParse(value)
        if (parsed.success) out.add(parsed.data)
        else report(param, value)
      }
      if (over > 0) report(param, `… (+${over})`)
      return [...out]
    },
    encode: (value) => (sameSet(value, fallback) ? null : value.join(',')),
    same: sameSet,
  }
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

function isRealDay(value: string): boolean {
  const [y = 0, m = 0, d = 0] = value.split('-').map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** An inclusive bound of the period, `YYYY-MM-DD`, or open. */
function dayField(param: string): FieldSpec<string | null> {
  return {
    param,
    default: null,
    scene: isoDaySchema.nullable().default(null),
    decode: (raw, report) => {
      if (raw === '') return null
      if (DAY.test(raw) && isRealDay(raw)) return raw
      report(param, raw)
      return null
    },
    encode: (value) => value || null,
    same: (a, b) => a === b,
  }
}

/** Names of reference records in the given language; an unknown id stays as it is. */
function names<T extends { id: string }>(
  records: readonly T[],
  ids: readonly string[],
  text: (record: T) => { ru: string; en?: string },
  locale: Locale,
): string[] {
  const byId = new Map(records.map((r) => [r.id, r]))
  return ids.map((id) => {
    const found = byId.get(id)
    return found ? localized(text(found), locale) : id
  })
}

/** A list of reference ids: one chip per id, one stamp line naming them all. */
function referenceList<K extends ReferenceKind>(
  ref: K,
  param: string,
  item: z.ZodType<string>,
  text: (record: Datasets[K][number]) => { ru: string; en?: string },
) {
  type F = { [P in K]: readonly string[] }
  const get = (value: F): readonly string[] => value[ref]
  const make = (list: readonly string[]) => ({ [ref]: list }) as F
  const label = (ids: readonly string[], ctx: LabelContext) =>
    names(ctx.refs[ref] as readonly Datasets[K][number][], ids, text, ctx.locale)
  return {
    fields: { [ref]: listField(param, item) } as {
      [P in K]: FieldSpec<readonly string[]>
    },
    reference: ref,
    chips: (value: F, ctx: LabelContext) => {
      const labels = label(get(value), ctx)
      return get(value).map((id, i) => ({ value: id, label: labels[i] ?? id }))
    },
    withoutChip: (value: F, chip: string) => make(get(value).filter((x) => x !== chip)),
    stamp: ref,
    describe: (value: F, ctx: LabelContext) =>
      get(value).length > 0 ? { list: label(get(value), ctx).join(', ') } : null,
  }
}

/** A test of records by a set of values, or `null` for an empty set (no narrowing). */
function anyOf<R>(
  values: readonly string[],
  test: (set: ReadonlySet<string>, r: R) => boolean,
) {
  if (values.length === 0) return null
  const set = new Set(values)
  return (record: R) => test(set, record)
}

const industries = dimension<{ industries: readonly string[] }>()({
  ...referenceList('industries', 'industry', idSchema, (r) => r.label),
  narrows: {
    enterprises: ({ industries }) =>
      anyOf<Place>(industries, (set, p) => p.record.industries.some((id) => set.has(id))),
    parks: ({ industries }) =>
      anyOf<Place>(industries, (set, p) => p.record.industries.some((id) => set.has(id))),
    visits: false,
    events: false,
  },
})

const municipalities = dimension<{ municipalities: readonly string[] }>()({
  ...referenceList('municipalities', 'municipality', idSchema, (r) => r.name),
  narrows: {
    enterprises: ({ municipalities }) =>
      anyOf<Place>(municipalities, (set, p) => set.has(p.record.municipality ?? '')),
    parks: ({ municipalities }) =>
      anyOf<Place>(municipalities, (set, p) => set.has(p.record.municipality ?? '')),
    visits: false,
    events: false,
  },
})

/** A place is in a partner region, or visits and events connect it with one. */
const placeInRegions: Narrowing<{ regions: readonly string[] }, Place> = (
  { regions },
  index,
) =>
  anyOf<Place>(
    regions,
    (set, { record }) =>
      set.has(record.region) ||
      (index.placeLinks.get(record.id)?.some((r) => set.has(r)) ?? false),
  )

const regions = dimension<{ regions: readonly string[] }>()({
  ...referenceList('regions', 'region', regionIdSchema, (r) => r.name),
  narrows: {
    enterprises: placeInRegions,
    parks: placeInRegions,
    visits: ({ regions }) =>
      anyOf<Visit>(
        regions,
        (set, v) =>
          (v.fromRegion !== undefined && set.has(v.fromRegion)) || set.has(v.toRegion),
      ),
    events: ({ regions }) =>
      anyOf<NewsEvent>(regions, (set, e) => e.regions.some((r) => set.has(r))),
  },
})

const kindOf: Narrowing<{ kinds: readonly RecordKind[] }, Place> = ({ kinds }) =>
  anyOf<Place>(kinds, (set, p) => set.has(p.record.kind))

const kinds = dimension<{ kinds: readonly RecordKind[] }>()({
  fields: { kinds: listField('kind', z.enum(RECORD_KINDS)) },
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

type Period = { from: string | null; to: string | null }

/** A dated record is in the period when any day of its span is (records without a span pass). */
function inPeriod<R extends { id: string }>(
  spans: (index: FilterIndex) => Map<string, { start: string; end: string }>,
): Narrowing<Period, R> {
  return ({ from, to }, index) => {
    if (from === null && to === null) return null
    const map = spans(index)
    return (record) => {
      const span = map.get(record.id)
      return !span || spanInRange(span, from, to)
    }
  }
}

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

/** Records whose title (or name) contains the search text, ignoring case and «ё». */
function matching<R>(
  texts: (index: FilterIndex) => Map<string, string>,
  id: (record: R) => string,
): Narrowing<{ q: string }, R> {
  return ({ q }, index) => {
    const needle = normaliseText(q)
    if (!needle) return null
    const text = texts(index)
    return (record) => (text.get(id(record)) ?? '').includes(needle)
  }
}

const placeText = matching<Place>(
  (index) => index.searchText().places,
  (p) => p.record.id,
)

const q = dimension<{ q: string }>()({
  fields: {
    q: {
      param: 'q',
      default: '',
      scene: z.string().max(MAX_QUERY).default(''),
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

const relevanceField = listField('relevance', relevanceSchema, DEFAULT_RELEVANCE)

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
 * Industries, municipalities and kinds narrow enterprises and parks; partner regions narrow
 * visits, events and the places they name; the period narrows visits and events; relevance
 * narrows events; the search narrows everything by its title.
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

/** The fields of `Filters` that narrow records of the given kinds, in table order. */
export function narrowingFields(...kinds: NarrowedKind[]): FilterKey[] {
  return FILTER_FIELDS.filter(({ dimension }) =>
    kinds.some((kind) => DIMENSIONS[dimension].narrows[kind] !== false),
  ).map(({ key }) => key)
}

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

/** True when the dimension's fields hold their defaults. */
function isDefault(filters: Partial<Filters>, dimension: DimensionKey): boolean {
  return Object.entries(ANY_DIMENSIONS[dimension].fields).every(([key, spec]) =>
    spec.same(filters[key as FilterKey], spec.default),
  )
}

/** True when the two filters show the same records (order of list values aside). */
export function sameFilters(a: Filters, b: Filters): boolean {
  return FILTER_FIELDS.every(({ key, spec }) => spec.same(a[key], b[key]))
}

/** True when any filter differs from the default. */
export function hasActiveFilters(filters: Filters): boolean {
  return DIMENSION_KEYS.some((dimension) => !isDefault(filters, dimension))
}

/** True when any dimension that narrows one of the kinds is away from its default. */
export function narrowsAny(filters: Filters, ...kinds: NarrowedKind[]): boolean {
  return DIMENSION_KEYS.some(
    (dimension) =>
      kinds.some((kind) => ANY_DIMENSIONS[dimension].narrows[kind] !== false) &&
      !isDefault(filters, dimension),
  )
}

/** The tests of the dimensions that narrow `kind` and are on, for one pass over the records. */
export function recordTests<K extends NarrowedKind>(
  kind: K,
  criteria: Partial<Filters>,
  index: FilterIndex,
): ((record: NarrowedRecords[K]) => boolean)[] {
  const tests: ((record: NarrowedRecords[K]) => boolean)[] = []
  for (const dimension of DIMENSION_KEYS) {
    const narrow = ANY_DIMENSIONS[dimension].narrows[kind]
    const test = narrow ? narrow(criteria, index) : null
    if (test) tests.push(test)
  }
  return tests
}

/** A fresh copy of the filters, lists copied, in table order. */
export function copyFilters(filters: Filters): Filters {
  return Object.fromEntries(
    FILTER_FIELDS.map(({ key }) => {
      const value = filters[key]
      return [key, Array.isArray(value) ? [...(value as unknown[])] : value]
    }),
  ) as Filters
}
