/**
 * A small, hand-readable valid dataset for tests. Each test that needs a broken file changes a
 * copy of it through msw overrides.
 */
const src = ['src-a']
const conf = { record: 'high' } as const

export const fixture = {
  'manifest.json': {
    schemaVersion: 1,
    title: { ru: 'Тестовый набор', en: 'Test dataset' },
    updated: '2025-11-20',
    homeRegion: 'RU-SMO',
    files: {
      enterprises: 'enterprises.json',
      parks: 'parks.json',
      visits: 'visits.json',
      events: 'events.json',
      regions: 'regions.json',
      municipalities: 'municipalities.json',
      industries: 'industries.json',
      sources: 'sources.json',
    },
  },
  'enterprises.json': {
    schemaVersion: 1,
    records: [
      {
        id: 'ent-a',
        kind: 'enterprise',
        name: { ru: 'Завод «Альфа»', en: 'Alpha Plant' },
        industries: ['aerospace'],
        region: 'RU-SMO',
        municipality: 'smolensk-city',
        location: { lat: 54.79, lon: 32.05, precision: 'site' },
        website: 'https://alpha.example',
        origin: 'seed',
        confidence: conf,
        sources: src,
      },
      {
        id: 'ent-b',
        kind: 'enterprise',
        name: { ru: 'Комбинат «Бета»' },
        industries: ['energy'],
        region: 'RU-SMO',
        municipality: 'roslavlsky',
        location: { lat: 53.95, lon: 32.85, precision: 'stand-in' },
        origin: 'public',
        confidence: conf,
        sources: src,
      },
      {
        id: 'ent-c',
        kind: 'enterprise',
        name: { ru: 'Предприятие «Гамма»' },
        industries: ['energy', 'aerospace'],
        region: 'RU-SMO',
        location: { precision: 'unknown' },
        origin: 'seed',
        confidence: { record: 'low' },
        sources: src,
      },
    ],
  },
  'parks.json': {
    schemaVersion: 1,
    records: [
      {
        id: 'park-a',
        kind: 'industrial-park',
        name: { ru: 'Парк «Один»' },
        industries: ['multi-sector'],
        region: 'RU-SMO',
        municipality: 'smolensk-city',
        location: { lat: 54.78, lon: 32.04, precision: 'stand-in' },
        areaHa: 80,
        origin: 'seed',
        confidence: conf,
        sources: src,
      },
    ],
  },
  'visits.json': {
    schemaVersion: 1,
    records: [
      {
        id: 'visit-a',
        title: { ru: 'Визит делегации' },
        date: '2025-11-15',
        datePrecision: 'on-or-before',
        fromRegion: 'RU-CHE',
        toRegion: 'RU-SMO',
        sitesVisited: ['ent-a'],
        origin: 'seed',
        confidence: conf,
        sources: src,
      },
    ],
  },
  'events.json': {
    schemaVersion: 1,
    records: [
      {
        id: 'ev-a',
        title: { ru: 'Встреча' },
        date: '2024-07',
        datePrecision: 'month',
        type: 'meeting',
        relevance: 'smolensk-industry',
        regions: ['RU-SMO'],
        entities: ['ent-a'],
        origin: 'seed',
        confidence: conf,
        sources: src,
      },
      {
        id: 'ev-b',
        title: { ru: 'Новость соседей' },
        date: '2025-12-12',
        datePrecision: 'day',
        type: 'other',
        relevance: 'neighbour-other',
        regions: ['RU-BRY'],
        origin: 'seed',
        confidence: conf,
        sources: src,
      },
    ],
  },
  'regions.json': {
    schemaVersion: 1,
    records: [
      region('RU-SMO', 'Смоленская область', 'home', 54.7826, 32.0453),
      region('RU-CHE', 'Челябинская область', 'partner', 55.1603, 61.4008),
      region('RU-BRY', 'Брянская область', 'neighbour', 53.242, 34.3652),
    ],
  },
  'municipalities.json': {
    schemaVersion: 1,
    records: [
      municipality('smolensk-city', 'город Смоленск', 'urban-okrug', 54.7826, 32.0453),
      municipality(
        'roslavlsky',
        'Рославльский муниципальный округ',
        'municipal-okrug',
        53.945,
        32.848,
      ),
    ],
  },
  'industries.json': {
    schemaVersion: 1,
    records: [
      {
        id: 'aerospace',
        label: { ru: 'Авиация и космос', en: 'Aerospace' },
        colour: '#1f5fa8',
      },
      { id: 'energy', label: { ru: 'Энергетика', en: 'Energy' }, colour: '#a0520c' },
      {
        id: 'multi-sector',
        label: { ru: 'Многоотраслевой', en: 'Multi-sector' },
        colour: '#5b5b5b',
      },
    ],
  },
  'sources.json': {
    schemaVersion: 1,
    records: [
      {
        id: 'src-a',
        title: { ru: 'Статья', en: 'Article' },
        publisher: 'example.org',
        date: '2025-11-15',
        url: 'https://example.org/article',
        kind: 'seed-article',
      },
    ],
  },
}

export type FixtureFile = keyof typeof fixture

function region(id: string, name: string, role: string, lat: number, lon: number) {
  return {
    id,
    name: { ru: name },
    country: 'RU',
    role,
    capital: { name: { ru: 'Столица' }, lat, lon, precision: 'settlement' },
    sources: src,
  }
}

function municipality(id: string, name: string, kind: string, lat: number, lon: number) {
  return {
    id,
    name: { ru: name },
    kind,
    centre: { name: { ru: 'Центр' }, lat, lon },
    confidence: conf,
    sources: src,
  }
}
