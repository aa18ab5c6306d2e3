import type { Datasets } from '../schema/datasets'
import { type MunicipalityIndex, buildMunicipalityIndex } from './municipality-names'
import { industryFromOkved, isOkvedCode } from './okved'
import { normaliseKey } from './parse-values'

/** Words for the fixed values of the schema, in Russian and English, → the schema value. */
const WORDS = {
  enterpriseKind: {
    enterprise: 'предприятие|завод|фабрика|компания|организация',
    holding: 'холдинг|корпорация|группа компаний|группа',
    association: 'объединение|ассоциация|союз|отраслевое объединение',
    'government-body':
      'орган власти|орган государственной власти|министерство|администрация|government body',
  },
  parkKind: {
    'industrial-park':
      'индустриальный парк|промышленный парк|промпарк|парк|industrial park',
    sez: 'особая экономическая зона|оэз|special economic zone|zone',
    technopark: 'технопарк',
    cluster: 'кластер|промышленный кластер',
  },
  precision: {
    site: 'площадка|точно|точка|объект',
    settlement: 'населенный пункт|центр населенного пункта|город|settlement centre',
    'stand-in': 'приблизительно|примерно|условно|stand in|approximate',
    unknown: 'неизвестно|нет|unknown',
  },
  confidence: {
    high: 'высокая|высокий|high',
    medium: 'средняя|средний|medium',
    low: 'низкая|низкий|low',
  },
  origin: { seed: 'статья|исходная статья|seed', public: 'открытые источники|public' },
  datePrecision: {
    day: 'день|точная дата|day',
    month: 'месяц|month',
    'on-or-before': 'не позднее|на дату публикации|on or before',
  },
  eventType: {
    visit: 'визит',
    meeting: 'встреча|совещание',
    'round-table': 'круглый стол|round table',
    agreement: 'договоренность|соглашение|договор',
    funding: 'финансирование|инвестиции',
    'production-launch': 'запуск производства|открытие производства|production launch',
    award: 'награда|премия|рейтинг',
    incident: 'происшествие|инцидент|авария',
    other: 'другое|прочее',
  },
  relevance: {
    'smolensk-industry': 'промышленность смоленской области|smolensk industry',
    'neighbour-industry': 'промышленность соседей|neighbour industry',
    'neighbour-other': 'прочие новости соседей|neighbour other',
    none: 'не относится|нет|none',
  },
  ownership: {
    state: 'государственная|государственный|state',
    private: 'частная|частный|private',
    unknown: 'неизвестно|unknown',
  },
} as const

export type Vocabulary = keyof typeof WORDS

const REGION_WORDS = new Set([
  'обл',
  'область',
  'области',
  'край',
  'республика',
  'oblast',
  'region',
  'krai',
])

const regionKey = (text: string) =>
  normaliseKey(text)
    .split(' ')
    .filter((word) => !REGION_WORDS.has(word))
    .join(' ')

function index(entries: Iterable<[string, string]>): Map<string, string> {
  const map = new Map<string, string>()
  for (const [key, value] of entries) {
    const k = normaliseKey(key)
    if (k !== '' && !map.has(k)) map.set(k, value)
  }
  return map
}

const vocabularies = new Map<Vocabulary, Map<string, string>>()

/** The schema value a word names (`«высокая»` → `high`), or `undefined`. */
export function fromVocabulary(vocabulary: Vocabulary, text: string): string | undefined {
  let map = vocabularies.get(vocabulary)
  if (!map) {
    const words: Record<string, string> = WORDS[vocabulary]
    map = index(
      Object.entries(words).flatMap(([value, list]) => [
        [value, value] as [string, string],
        ...list.split('|').map((word): [string, string] => [word, value]),
      ]),
    )
    vocabularies.set(vocabulary, map)
  }
  return map.get(normaliseKey(text))
}

/** Look-ups from what people type to ids of the loaded data; built once per import. */
export interface ReferenceIndex {
  municipalities: MunicipalityIndex
  /** Industry id from an id, a Russian or English label, or an OKVED code. */
  industry: (text: string) => string | undefined
  /** Region code from a code or a name («Смоленская обл.», «Smolensk Oblast»). */
  region: (text: string) => string | undefined
  /** Enterprise or park id from an id or a name. */
  place: (text: string) => string | undefined
}

export function buildReferenceIndex(data: Datasets): ReferenceIndex {
  const industries = index(
    data.industries.flatMap((i) => [
      [i.id, i.id] as [string, string],
      [i.label.ru, i.id] as [string, string],
      ...(i.label.en ? [[i.label.en, i.id] as [string, string]] : []),
    ]),
  )
  const regions = new Map<string, string>()
  for (const r of data.regions) {
    regions.set(r.id.toLowerCase(), r.id)
    for (const name of [r.name.ru, r.name.en, r.shortName?.ru, r.shortName?.en])
      if (name && !regions.has(regionKey(name))) regions.set(regionKey(name), r.id)
  }
  const places = index(
    [...data.enterprises, ...data.parks].flatMap((p) => [
      [p.id, p.id] as [string, string],
      [p.name.ru, p.id] as [string, string],
      ...(p.shortName ? [[p.shortName.ru, p.id] as [string, string]] : []),
    ]),
  )
  return {
    municipalities: buildMunicipalityIndex(data.municipalities),
    industry: (text) =>
      industries.get(normaliseKey(text)) ??
      (isOkvedCode(text) ? industryFromOkved(text) : undefined),
    region: (text) =>
      regions.get(text.trim().toLowerCase()) ?? regions.get(regionKey(text)),
    place: (text) => places.get(normaliseKey(text)),
  }
}
