import fc from 'fast-check'

import { bundled } from '@/testing/import-data'
import {
  type Enterprise,
  type NewsEvent,
  type Park,
  type Visit,
  enterpriseSchema,
  eventSchema,
  eventTypeSchema,
  parkSchema,
  relevanceSchema,
  visitSchema,
} from '@/domain/schema/records'

/**
 * fast-check arbitraries for the export round-trip tests: cell text a spreadsheet keeps as
 * text, and any enterprise, park, visit or event the schema allows, naming bundled records.
 */

/** Text Excel keeps as text: not a number, not a date, not already neutralised. */
export const plainText = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .filter(
    (s) =>
      s.trim() === s &&
      s !== '' &&
      !s.includes('\r') &&
      !s.startsWith("'") &&
      !/^[-+]?[\d.,\s]+$/.test(s) &&
      !/^\d{1,4}[-./]\d{1,2}([-./]\d{1,4})?$/.test(s),
  )

const text = plainText.map((ru) => ({ ru }))
const municipalities = bundled.municipalities
export const enterpriseArb: fc.Arbitrary<Enterprise> = fc
  .record({
    n: fc.integer({ min: 0, max: 1e9 }),
    name: fc.record({ ru: plainText, en: fc.option(plainText, { nil: undefined }) }),
    shortName: fc.option(text, { nil: undefined }),
    kind: fc.constantFrom(
      'enterprise',
      'holding',
      'association',
      'government-body' as const,
    ),
    industries: fc.uniqueArray(fc.constantFrom(...bundled.industries.map((i) => i.id)), {
      minLength: 1,
      maxLength: 3,
    }),
    municipality: fc.option(fc.constantFrom(...municipalities), { nil: undefined }),
    offset: fc.tuple(
      fc.double({ min: -0.2, max: 0.2, noNaN: true }),
      fc.double({ min: -0.2, max: 0.2, noNaN: true }),
    ),
    precision: fc.constantFrom('site', 'settlement', 'stand-in', 'unknown' as const),
    founded: fc.option(fc.integer({ min: 800, max: 2100 }), { nil: undefined }),
    website: fc.option(fc.constantFrom('https://example.ru', 'http://a.b/c?d=1'), {
      nil: undefined,
    }),
    description: fc.option(text, { nil: undefined }),
    notes: fc.option(text, { nil: undefined }),
    park: fc.option(fc.constantFrom(...bundled.parks.map((p) => p.id)), {
      nil: undefined,
    }),
    origin: fc.constantFrom('seed', 'public' as const),
    confidence: fc.constantFrom('high', 'medium', 'low' as const),
    sources: fc.uniqueArray(
      fc.constantFrom(...bundled.sources.slice(0, 10).map((s) => s.id)),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map((g): Enterprise => {
    const centre = g.municipality?.centre ?? { lat: 54.7826, lon: 32.0453 }
    const located = g.precision !== 'unknown'
    const record: Enterprise = {
      id: `gen-${g.n}`,
      name:
        g.name.en === undefined ? { ru: g.name.ru } : { ru: g.name.ru, en: g.name.en },
      shortName: g.shortName,
      kind: g.kind,
      industries: g.industries,
      region: 'RU-SMO',
      municipality: g.municipality?.id,
      location: located
        ? {
            lat: centre.lat + g.offset[0],
            lon: centre.lon + g.offset[1],
            precision: g.precision,
          }
        : { precision: 'unknown' },
      founded: g.founded === undefined ? undefined : { year: g.founded },
      website: g.website,
      description: g.description,
      notes: g.notes,
      park: g.park,
      origin: g.origin,
      confidence: { record: g.confidence },
      sources: g.sources,
    }
    for (const key of Object.keys(record) as (keyof Enterprise)[])
      if (record[key] === undefined) delete record[key]
    return enterpriseSchema.parse(record)
  })

export const eventArb: fc.Arbitrary<NewsEvent> = fc
  .record({
    n: fc.integer({ min: 0, max: 1e9 }),
    title: text,
    date: fc.date({
      min: new Date('1990-01-01'),
      max: new Date('2030-12-31'),
      noInvalidDate: true,
    }),
    precision: fc.constantFrom('day', 'month', 'on-or-before' as const),
    type: fc.constantFrom(...eventTypeSchema.options),
    relevance: fc.constantFrom(...relevanceSchema.options),
    regions: fc.uniqueArray(fc.constantFrom(...bundled.regions.map((r) => r.id)), {
      maxLength: 3,
    }),
    summary: fc.option(text, { nil: undefined }),
    origin: fc.constantFrom('seed', 'public' as const),
    sources: fc.uniqueArray(
      fc.constantFrom(...bundled.sources.slice(0, 10).map((s) => s.id)),
      { minLength: 1, maxLength: 2 },
    ),
  })
  .map((g): NewsEvent => {
    const iso = g.date.toISOString().slice(0, 10)
    const record: NewsEvent = {
      id: `gen-ev-${g.n}`,
      title: g.title,
      date: g.precision === 'month' ? iso.slice(0, 7) : iso,
      datePrecision: g.precision,
      type: g.type,
      relevance: g.relevance,
      regions: g.regions,
      summary: g.summary,
      origin: g.origin,
      confidence: { record: 'medium' },
      sources: g.sources,
    }
    if (record.summary === undefined) delete record.summary
    return eventSchema.parse(record)
  })

/** Parks: an enterprise's fields less `park`, with a park kind, ownership and area. */
export const parkArb: fc.Arbitrary<Park> = fc
  .tuple(
    enterpriseArb,
    fc.constantFrom('industrial-park', 'sez', 'technopark', 'cluster' as const),
    fc.option(fc.constantFrom('state', 'private', 'unknown' as const), {
      nil: undefined,
    }),
    fc.option(fc.double({ min: 0.5, max: 5000, noNaN: true }), { nil: undefined }),
  )
  .map(([{ park: _park, kind: _kind, ...rest }, kind, ownership, areaHa]) => {
    const record: Park = { ...rest, id: rest.id.replace('gen-', 'gen-park-'), kind }
    if (ownership !== undefined) record.ownership = ownership
    if (areaHa !== undefined) record.areaHa = areaHa
    return parkSchema.parse(record)
  })

const placeIds = [...bundled.enterprises, ...bundled.parks].map((p) => p.id)
const regionIds = bundled.regions.map((r) => r.id)
export const visitArb: fc.Arbitrary<Visit> = fc
  .record({
    n: fc.integer({ min: 0, max: 1e9 }),
    title: fc.record({ ru: plainText, en: fc.option(plainText, { nil: undefined }) }),
    date: fc.date({
      min: new Date('1990-01-01'),
      max: new Date('2030-12-31'),
      noInvalidDate: true,
    }),
    days: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    from: fc.constantFrom(...regionIds),
    to: fc.constantFrom(...regionIds),
    delegation: fc.option(text, { nil: undefined }),
    hosts: fc.option(text, { nil: undefined }),
    organisations: fc.option(
      fc.uniqueArray(fc.constantFrom(...placeIds), { minLength: 1, maxLength: 3 }),
      { nil: undefined },
    ),
    sitesVisited: fc.option(
      fc.uniqueArray(fc.constantFrom(...placeIds), { minLength: 1, maxLength: 3 }),
      { nil: undefined },
    ),
    summary: fc.option(text, { nil: undefined }),
    notes: fc.option(text, { nil: undefined }),
    sources: fc.uniqueArray(
      fc.constantFrom(...bundled.sources.slice(0, 10).map((s) => s.id)),
      { minLength: 1, maxLength: 2 },
    ),
  })
  .map((g) => {
    const day = (offset: number) =>
      new Date(g.date.getTime() + offset * 86_400_000).toISOString().slice(0, 10)
    const record: Record<string, unknown> = {
      id: `gen-visit-${g.n}`,
      title: g.title.en === undefined ? { ru: g.title.ru } : g.title,
      date: day(0),
      datePrecision: 'day',
      endDate: g.days === undefined ? undefined : day(g.days),
      fromRegion: g.from,
      toRegion: g.to,
      delegation: g.delegation,
      hosts: g.hosts,
      organisations: g.organisations,
      sitesVisited: g.sitesVisited,
      summary: g.summary,
      notes: g.notes,
      origin: 'public',
      confidence: { record: 'low' },
      sources: g.sources,
    }
    for (const key of Object.keys(record))
      if (record[key] === undefined) delete record[key]
    return visitSchema.parse(record)
  })
