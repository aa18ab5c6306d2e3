import { describe, expect, it } from 'vitest'

import type { NewsEvent, Visit } from '../schema/records'
import { feedOrder, isAfterCursor, pickFeed } from './feed-items'

/** Every line of the given visits and events, in feed order. */
const buildFeed = (v: Visit[], e: NewsEvent[]) =>
  pickFeed(feedOrder(v, e), v, e, Infinity).items

const base = {
  origin: 'seed' as const,
  confidence: { record: 'high' as const },
  sources: ['s'],
}

const visits: Visit[] = [
  {
    ...base,
    id: 'visit-a',
    title: { ru: 'Визит' },
    date: '2025-11-15',
    datePrecision: 'on-or-before',
    fromRegion: 'RU-CHE',
    toRegion: 'RU-SMO',
    sitesVisited: ['ent-a'],
  },
]

const events: NewsEvent[] = [
  {
    ...base,
    id: 'ev-b',
    title: { ru: 'Июль' },
    date: '2024-07',
    datePrecision: 'month',
    type: 'meeting',
    relevance: 'smolensk-industry',
    regions: [],
    entities: ['ent-a', 'park-a'],
  },
  {
    ...base,
    id: 'ev-a',
    title: { ru: 'Первое июля' },
    date: '2024-07-01',
    datePrecision: 'day',
    type: 'funding',
    relevance: 'smolensk-industry',
    regions: [],
  },
]

describe('buildFeed', () => {
  it('links a visit with the organisations it names and the sites it visited', () => {
    const [visit] = buildFeed(
      [{ ...(visits[0] as Visit), organisations: ['ent-b', 'ent-a'] }],
      [],
    )
    expect(visit?.linked).toEqual(['ent-b', 'ent-a'])
  })

  it('merges visits and events newest first, ties by id', () => {
    const feed = buildFeed(visits, events)
    expect(feed.map((item) => item.id)).toEqual(['visit-a', 'ev-a', 'ev-b'])
    expect(feed[0]).toMatchObject({ kind: 'visit', record: 'visit', linked: ['ent-a'] })
    expect(feed[2]).toMatchObject({
      kind: 'meeting',
      start: '2024-07-01',
      linked: ['ent-a', 'park-a'],
    })
    expect(feed[1]?.linked).toEqual([])
  })

  it('dims what starts after the cursor, and nothing without one', () => {
    const [visit, , july] = buildFeed(visits, events)
    if (!visit || !july) throw new Error('feed too short')
    expect(isAfterCursor(visit, '2025-10-31')).toBe(true)
    expect(isAfterCursor(visit, '2025-11-30')).toBe(false)
    expect(isAfterCursor(july, '2024-07-31')).toBe(false)
    expect(isAfterCursor(visit, null)).toBe(false)
  })
})

describe('visits reported by an event', () => {
  it('are listed as the visit and as the event, so every event the tile counts is a line', () => {
    const visit = {
      id: 'v1',
      title: { ru: 'Визит' },
      date: '2025-11-15',
      datePrecision: 'on-or-before' as const,
      fromRegion: 'RU-CHE',
      toRegion: 'RU-SMO',
      origin: 'seed' as const,
      confidence: { record: 'high' as const },
      sources: ['s'],
    }
    const report = {
      id: 'e-visit',
      title: { ru: 'Визит делегации' },
      date: '2025-11-15',
      datePrecision: 'on-or-before' as const,
      type: 'visit' as const,
      relevance: 'smolensk-industry' as const,
      regions: ['RU-CHE'],
      visit: 'v1',
      origin: 'seed' as const,
      confidence: { record: 'high' as const },
      sources: ['s'],
    }
    expect(buildFeed([visit], [report]).map((item) => item.id)).toEqual(['e-visit', 'v1'])
    expect(buildFeed([], [report]).map((item) => item.id)).toEqual(['e-visit'])
  })
})

describe('pickFeed', () => {
  const order = feedOrder(visits, events)

  it('keeps the feed order of the records it is given, whatever their own order', () => {
    const [july, first] = events as [NewsEvent, NewsEvent]
    const picked = pickFeed(order, [], [july, first], Infinity)
    expect(picked.items.map((item) => item.id)).toEqual(['ev-a', 'ev-b'])
    expect(picked.total).toBe(2)
  })

  it('lists at most the limit and still counts them all', () => {
    const picked = pickFeed(order, visits, events, 1)
    expect(picked.items.map((item) => item.id)).toEqual(['visit-a'])
    expect(picked.total).toBe(3)
    expect(pickFeed(order, [], [], 10)).toEqual({ items: [], total: 0 })
  })
})
