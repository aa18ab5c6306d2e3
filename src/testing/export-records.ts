import { toPlaces } from '@/domain/derive/places'
import type { ReferenceData } from '@/domain/export/lookups'
import type { Translate } from '@/domain/export/text'

/**
 * Small records for the export tests, with the awkward text real data can carry: quotes,
 * commas, line breaks, Cyrillic and cells that a spreadsheet would take for formulas.
 */
const base = {
  origin: 'seed' as const,
  confidence: { record: 'high' as const },
  sources: ['src-a', 'src-b'],
}

export const refs: ReferenceData = {
  industries: [
    {
      id: 'aerospace',
      label: { ru: 'Авиация и космос', en: 'Aerospace' },
      colour: '#123456',
    },
    { id: 'energy', label: { ru: 'Энергетика' }, colour: '#654321' },
  ],
  municipalities: [
    {
      id: 'smolensk-city',
      name: { ru: 'город Смоленск', en: 'Smolensk city' },
      kind: 'urban-okrug',
      centre: { name: { ru: 'Смоленск' }, lat: 54.78, lon: 32.04 },
      confidence: { record: 'high' },
      sources: ['src-a'],
    },
  ],
  regions: [
    {
      id: 'RU-SMO',
      name: { ru: 'Смоленская область', en: 'Smolensk Oblast' },
      country: 'RU',
      role: 'home',
      capital: {
        name: { ru: 'Смоленск' },
        lat: 54.78,
        lon: 32.04,
        precision: 'settlement',
      },
      sources: ['src-a'],
    },
    {
      id: 'RU-CHE',
      name: { ru: 'Челябинская область', en: 'Chelyabinsk Oblast' },
      country: 'RU',
      role: 'partner',
      capital: {
        name: { ru: 'Челябинск' },
        lat: 55.16,
        lon: 61.4,
        precision: 'settlement',
      },
      sources: ['src-a'],
    },
  ],
  sources: [
    {
      id: 'src-a',
      title: { ru: 'Статья «А»', en: 'Article A' },
      publisher: 'smolgazeta.ru',
      url: 'https://example.org/a',
      kind: 'news',
    },
    {
      id: 'src-b',
      title: { ru: 'Справка «Б»' },
      url: 'https://example.org/b?x=1,2',
      kind: 'reference',
    },
  ],
  enterprises: [
    {
      ...base,
      id: 'ent-quote',
      kind: 'enterprise',
      name: { ru: 'ООО «Завод "Кавычка", запятая»', en: 'Quote, "Comma" Plant' },
      industries: ['aerospace', 'energy'],
      region: 'RU-SMO',
      municipality: 'smolensk-city',
      location: { lat: 54.8, lon: 32.05, precision: 'site' },
      founded: { year: 1926 },
    },
    {
      ...base,
      id: 'ent-formula',
      kind: 'holding',
      name: { ru: '=HYPERLINK("http://evil.example","Жми")' },
      industries: ['energy'],
      region: 'RU-SMO',
      location: { lat: 53.9, lon: -0.5, precision: 'stand-in' },
      description: { ru: 'строка 1\nстрока 2' },
    },
    {
      ...base,
      id: 'ent-unknown',
      kind: 'government-body',
      name: { ru: 'Министерство\nпромышленности' },
      industries: ['unknown-industry'],
      region: 'RU-SMO',
      location: { precision: 'unknown' },
      sources: ['src-a', 'src-missing'],
    },
  ],
  parks: [
    {
      ...base,
      id: 'park-a',
      kind: 'sez',
      name: { ru: '+ОЭЗ «Стабна»', en: 'Stabna SEZ' },
      industries: ['aerospace'],
      region: 'RU-SMO',
      location: { lat: 54.6, lon: 32.3, precision: 'settlement' },
    },
  ],
  visits: [
    {
      ...base,
      id: 'v-che',
      title: { ru: '-Делегация Южного Урала', en: 'South Urals delegation' },
      date: '2025-11-15',
      datePrecision: 'on-or-before',
      fromRegion: 'RU-CHE',
      toRegion: 'RU-SMO',
      sitesVisited: ['ent-quote', 'gone'],
      topics: [{ ru: 'кооперация' }, { ru: '@поставки' }],
    },
  ],
}

export const places = toPlaces(refs)

export const visits = refs.visits

export const events = [
  {
    ...base,
    id: 'e-1',
    title: { ru: '\tТабуляция в начале' },
    date: '2024-07',
    datePrecision: 'month' as const,
    type: 'meeting' as const,
    relevance: 'smolensk-industry' as const,
    regions: ['RU-SMO', 'RU-CHE'],
    entities: ['park-a'],
    visit: 'v-che',
    summary: { ru: '\rвозврат каретки' },
  },
  {
    ...base,
    id: 'e-2',
    title: { ru: 'Обычное событие' },
    date: '2025-12-12',
    datePrecision: 'day' as const,
    type: 'other' as const,
    relevance: 'neighbour-other' as const,
    regions: ['BY-VI'],
  },
]

/** A `t` that shows the key and its options, so tests see which text was asked for. */
export const stubT: Translate = (key, options) =>
  options ? `${key}${JSON.stringify(options)}` : key
