import type { Datasets } from '../schema/datasets'
import { ID_PATTERN, REGION_ID_PATTERN, isIsoDay } from '../schema/values'
import { type Locale, localized } from '@/shared/format/format'

import {
  type ChipSpec,
  type FieldSpec,
  type ItemRule,
  type LabelContext,
  MAX_CHIPS,
  MAX_LIST,
  type ReferenceKind,
} from './dimension-kit'

/** The kinds of field the table of filter dimensions (`./dimensions`) is built from. */

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  if (a.length !== b.length) return false
  const set = new Set(b)
  return a.every((x) => set.has(x))
}

/** Whether a value of a link is one `rule` allows (the same rules the scene schemas use). */
function itemTest<T extends string>(rule: ItemRule<T>): (value: string) => value is T {
  switch (rule.kind) {
    case 'id':
      return (value): value is T => ID_PATTERN.test(value)
    case 'region-id':
      return (value): value is T => REGION_ID_PATTERN.test(value)
    case 'one-of': {
      const allowed = new Set<string>(rule.values)
      return (value): value is T => allowed.has(value)
    }
  }
}

/** One of fixed values, as a list field's item. */
export const oneOf = <T extends string>(values: readonly T[]): ItemRule<T> => ({
  kind: 'one-of',
  values,
})

/** A comma-separated list of values valid under `item`; linear, capped at `MAX_LIST`. */
export function listField<T extends string>(
  param: string,
  item: ItemRule<T>,
  fallback: readonly T[] = [],
): FieldSpec<readonly T[]> {
  const allows = itemTest(item)
  return {
    param,
    default: fallback,
    scene: { type: 'list', item, fallback },
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
        if (allows(value)) out.add(value)
        else report(param, value)
      }
      if (over > 0) report(param, `… (+${over})`)
      return [...out]
    },
    encode: (value) => (sameSet(value, fallback) ? null : value.join(',')),
    same: sameSet,
  }
}

/** An inclusive bound of the period, `YYYY-MM-DD`, or open. */
export function dayField(param: string): FieldSpec<string | null> {
  return {
    param,
    default: null,
    scene: { type: 'day' },
    decode: (raw, report) => {
      if (raw === '') return null
      if (isIsoDay(raw)) return raw
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
export function referenceList<K extends ReferenceKind>(
  ref: K,
  param: string,
  item: ItemRule<string>,
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
    chips: (value: F, ctx: LabelContext): ChipSpec[] => {
      const ids = get(value)
      if (ids.length > MAX_CHIPS)
        return [{ value: '', label: ctx.t('filterbar.values', { count: ids.length }) }]
      const labels = label(ids, ctx)
      return ids.map((id, i) => ({ value: id, label: labels[i] ?? id }))
    },
    withoutChip: (value: F, chip: string) =>
      make(chip === '' ? [] : get(value).filter((x) => x !== chip)),
    stamp: ref,
    describe: (value: F, ctx: LabelContext) =>
      get(value).length > 0 ? { list: label(get(value), ctx).join(', ') } : null,
  }
}
