import type { LocalizedText } from '../schema/common'
import type { Datasets } from '../schema/datasets'
import { type Locale, localized } from '@/shared/format/format'

/** The reference files and records an export resolves ids against. */
export type ReferenceData = Pick<
  Datasets,
  | 'industries'
  | 'municipalities'
  | 'regions'
  | 'sources'
  | 'enterprises'
  | 'parks'
  | 'visits'
>

/** Id → readable text in the export's language; an unknown id is kept as it is. */
export interface Lookups {
  industry: (id: string) => string
  municipality: (id: string | undefined) => string
  region: (id: string) => string
  place: (id: string) => string
  visit: (id: string | undefined) => string
  sourceUrl: (id: string) => string
  sourceTitle: (id: string) => string
}

/** One id → text function over a list of records, indexed once. */
function namer<T extends { id: string }>(
  records: readonly T[],
  text: (record: T) => LocalizedText,
  locale: Locale,
): (id: string | undefined) => string {
  const index = new Map(records.map((record) => [record.id, record]))
  return (id) => {
    if (id === undefined) return ''
    const found = index.get(id)
    return found ? localized(text(found), locale) : id
  }
}

/** Builds the look-ups once per export, not once per cell. */
export function buildLookups(refs: ReferenceData, locale: Locale): Lookups {
  const urls = new Map(refs.sources.map((source) => [source.id, source.url]))
  const place = namer([...refs.enterprises, ...refs.parks], (r) => r.name, locale)
  const industry = namer(refs.industries, (r) => r.label, locale)
  const region = namer(refs.regions, (r) => r.name, locale)
  const sourceTitle = namer(refs.sources, (r) => r.title, locale)
  return {
    industry: (id) => industry(id),
    municipality: namer(refs.municipalities, (r) => r.name, locale),
    region: (id) => region(id),
    place: (id) => place(id),
    visit: namer(refs.visits, (r) => r.title, locale),
    sourceUrl: (id) => urls.get(id) ?? id,
    sourceTitle: (id) => sourceTitle(id),
  }
}
