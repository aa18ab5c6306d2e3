/** Longest string worth sharing: codes, ids, dates, precisions; names and texts are left be. */
const MAX_SHARED_LENGTH = 32

/**
 * Fields whose strings are not shared: a record's own id, and texts in a language (names,
 * titles), which are one of a kind. Looking each up only to keep it cost half the time.
 */
const OWN_VALUES = new Set(['id', 'ru', 'en'])

/** The first string of each value met so far, for {@link shareStrings}. */
export type StringTable = Map<string, string>

/**
 * Makes equal short strings in `value` one string: each is replaced by the first equal one
 * `table` has met (ids of records and texts in a language excepted: those are one of a kind). Records copied from the worker arrive with their own copy of every code,
 * id and date (a structured clone does not share strings), which at 155,000 records is tens
 * of megabytes of the same few values. Walks arrays and plain objects in place; the values
 * stay equal, only their copies go.
 */
export function shareStrings(value: unknown, table: StringTable): void {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node !== 'object' || node === null) continue
    const holder = node as Record<string, unknown>
    for (const key in holder) {
      const item = holder[key]
      if (typeof item === 'string') {
        if (item.length > MAX_SHARED_LENGTH || OWN_VALUES.has(key)) continue
        const first = table.get(item)
        if (first === undefined) table.set(item, item)
        else holder[key] = first
      } else if (typeof item === 'object' && item !== null) stack.push(item)
    }
  }
}
