import { type ImportField, fieldsOf } from './fields'
import type { ImportKind } from './import-kinds'
import { normaliseKey } from './parse-values'

/** For each column (by position), the field it feeds, or `null` when it is not used. */
export type ColumnMapping = (ImportField | null)[]

const PARENS = /\([^)]*\)/g
const INSIDE_PARENS = /\(([^)]*)\)/

const synonymCache = new Map<ImportKind, Map<string, ImportField>>()

/** Normalised header → field for one dataset, built once per dataset. */
function synonyms(kind: ImportKind): Map<string, ImportField> {
  let map = synonymCache.get(kind)
  if (map) return map
  map = new Map()
  // Own headers first, so that another field's synonym never hides them.
  for (const def of fieldsOf(kind)) {
    for (const header of [def.ru, def.en, def.field])
      map.set(normaliseKey(header), def.field)
  }
  for (const def of fieldsOf(kind)) {
    for (const header of def.also.split('|')) {
      const key = normaliseKey(header)
      if (!map.has(key)) map.set(key, def.field)
    }
  }
  synonymCache.set(kind, map)
  return map
}

/** The field a header names for this dataset: the whole header, then without `(…)`, then `(…)`. */
function fieldForHeader(header: string, kind: ImportKind): ImportField | null {
  const map = synonyms(kind)
  const inside = INSIDE_PARENS.exec(header)?.[1]
  const candidates = [header, header.replace(PARENS, ''), inside ?? '']
  for (const candidate of candidates) {
    const key = normaliseKey(candidate)
    const field = key === '' ? undefined : map.get(key)
    if (field) return field
  }
  return null
}

/**
 * Matches headers to fields in Russian and English with their common variants. Each field is
 * taken by the first column that names it; later columns naming it again stay unmapped.
 */
export function autoMap(headers: readonly string[], kind: ImportKind): ColumnMapping {
  const taken = new Set<ImportField>()
  return headers.map((header) => {
    const field = fieldForHeader(header, kind)
    if (!field || taken.has(field)) return null
    taken.add(field)
    return field
  })
}

/**
 * Sets one column's field, as the user picks it: a field can feed one column only, so a column
 * that had it before is unmapped. Returns a new mapping.
 */
export function remap(
  mapping: ColumnMapping,
  column: number,
  field: ImportField | null,
): ColumnMapping {
  return mapping.map((current, i) => {
    if (i === column) return field
    return field !== null && current === field ? null : current
  })
}

/** Headers of the columns that feed no field, for the "not used" list. */
export function unmappedColumns(
  headers: readonly string[],
  mapping: ColumnMapping,
): string[] {
  return headers.filter((header, i) => header !== '' && (mapping[i] ?? null) === null)
}

/**
 * A short stable key of a header set (order-sensitive, case- and spacing-blind), under which
 * the UI can remember the user's mapping: `h<count>-<fnv1a hex>`.
 */
export function headerSetKey(headers: readonly string[]): string {
  let hash = 0x811c9dc5
  const text = headers.map(normaliseKey).join('\u001f')
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `h${headers.length}-${hash.toString(16).padStart(8, '0')}`
}

/** A remembered mapping fits only when it has one entry per column and only this dataset's fields. */
export function isMappingFor(
  mapping: readonly unknown[],
  headers: readonly string[],
  kind: ImportKind,
): mapping is ColumnMapping {
  const allowed = new Set<unknown>(fieldsOf(kind).map((def) => def.field))
  return (
    mapping.length === headers.length &&
    mapping.every((field) => field === null || allowed.has(field))
  )
}
