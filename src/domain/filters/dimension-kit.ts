import type { Place } from '../derive/places'
import type { Translate } from '../export/text'
import type { Datasets } from '../schema/datasets'
import type { NewsEvent, Visit } from '../schema/records'
import { ENTERPRISE_KINDS, PARK_KINDS, RELEVANCES } from '../schema/values'
import type { Translation } from '@/shared/i18n/types'
import type { Locale } from '@/shared/format/format'

import { spanInRange } from './date-range'
import type { FilterIndex } from './filter-index'
import { normaliseText } from './text'

/**
 * The building blocks of the table of filter dimensions (`./dimensions`): its constants, the
 * shape of a field and of a dimension, and the narrowings several dimensions share.
 */

/** Every kind of enterprise and park, in the order the data contract lists them. */
export const RECORD_KINDS = [...ENTERPRISE_KINDS, ...PARK_KINDS] as const
export type RecordKind = (typeof RECORD_KINDS)[number]

/** Every relevance an event can have. */
export const ALL_RELEVANCE = RELEVANCES
export type RelevanceValue = (typeof ALL_RELEVANCE)[number]

/** Which events are shown when a link or a scene says nothing: Smolensk industry news. */
export const DEFAULT_RELEVANCE: readonly RelevanceValue[] = ['smolensk-industry']

/** The longest list a link accepts per parameter; the rest is dropped with one notice. */
export const MAX_LIST = 500
/** The longest search text a link or a scene accepts. */
export const MAX_QUERY = 200

/**
 * A list with more values than this shows one chip that names their number and clears them
 * all: the bar stays short, and a link of hundreds of ids draws no hundreds of buttons.
 */
export const MAX_CHIPS = 6
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
export type Narrowing<F, R> = (
  value: F,
  index: FilterIndex,
) => ((record: R) => boolean) | null
type Narrows<F> = { [K in NarrowedKind]: Narrowing<F, NarrowedRecords[K]> | false }

/** Reports a dropped link value. */
export type Report = (param: string, value: string) => void

/** What a value of a list field may be: a record id, a region code, or one of fixed values. */
export type ItemRule<T extends string> =
  { kind: 'id' } | { kind: 'region-id' } | { kind: 'one-of'; values: readonly T[] }

/**
 * A field of a scene's `filters`, told without zod: `schema/scene.ts` makes its schema, so the
 * filter table (and the link it reads) needs no zod on the first load.
 */
export type SceneField =
  | { type: 'list'; item: ItemRule<string>; fallback: readonly string[] }
  | { type: 'day' }
  | { type: 'text'; max: number }

/** One field of `Filters`: its URL parameter, its scene field, its default and equality. */
export interface FieldSpec<V> {
  /** Query parameter name; part of the product's contract, documented in the README. */
  param: string
  default: V
  /** The field in a scene's `filters` (and `data/schema/scenes.schema.json`); its default is `default`. */
  scene: SceneField
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

export type ExportFilterLabel = Exclude<
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
export function dimension<F>() {
  return <N extends Narrows<F>>(spec: Dimension<F, N>) => spec
}

/** A test of records by a set of values, or `null` for an empty set (no narrowing). */
export function anyOf<R>(
  values: readonly string[],
  test: (set: ReadonlySet<string>, r: R) => boolean,
) {
  if (values.length === 0) return null
  const set = new Set(values)
  return (record: R) => test(set, record)
}

export type Period = { from: string | null; to: string | null }

/** A dated record is in the period when any day of its span is (records without a span pass). */
export function inPeriod<R extends { id: string }>(
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

/** Records whose title (or name) contains the search text, ignoring case and «ё». */
export function matching<R>(
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
