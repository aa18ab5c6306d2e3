import type { Municipality } from '../schema/reference'
import { normaliseKey } from './parse-values'

/** Words that say what kind of formation a name is, not which one. */
const KIND_WORDS = new Set([
  'г',
  'гор',
  'город',
  'города',
  'городской',
  'городского',
  'округ',
  'округа',
  'район',
  'района',
  'р',
  'н',
  'рн',
  'муниципальный',
  'муниципального',
  'муниципальное',
  'образование',
  'образования',
  'мо',
  'смоленской',
  'смоленская',
  'области',
  'область',
  'обл',
  'city',
  'of',
  'urban',
  'municipal',
  'okrug',
  'district',
  'raion',
  'rayon',
])

const ADJECTIVE_END = /(ский|ского|скому|ском|ская|ское|ской|sky|skiy|skii|skij)$/

/** The distinguishing words of a name: «Вяземский муниципальный округ» → «вяземский». */
function coreKey(text: string): string {
  return normaliseKey(text)
    .split(' ')
    .filter((word) => word !== '' && !KIND_WORDS.has(word))
    .join(' ')
}

/** «вяземский» → «вяземск»: adjective stems let «Вяземского района» match too. */
function stem(key: string): string {
  return key.replace(ADJECTIVE_END, 'ск')
}

/** Finds a municipality by id or by its name in any common form. */
export interface MunicipalityIndex {
  find: (text: string) => Municipality | undefined
  /** Looks for a municipality named anywhere in a longer text, such as an address. */
  findIn: (text: string) => Municipality | undefined
}

/**
 * Indexes ids, names (Russian and English), and administrative centres: «Вяземский район»,
 * «Вяземский муниципальный округ», «г. Вязьма», «Vyazemsky District» all find `vyazemsky`.
 * A town that is an urban okrug of its own («Смоленск») finds the urban okrug, not the
 * surrounding district. Built once; each look-up is a few map reads.
 */
export function buildMunicipalityIndex(
  municipalities: readonly Municipality[],
): MunicipalityIndex {
  const byKey = new Map<string, Municipality>()
  // Adjective stems apart, so «Смоленского» (district) never meets «Смоленск» (the city).
  const byStem = new Map<string, Municipality>()
  const add = (key: string, m: Municipality, overwrite: boolean) => {
    if (key === '') return
    if (overwrite || !byKey.has(key)) byKey.set(key, m)
    const stemmed = stem(key)
    if (stemmed !== key && !byStem.has(stemmed)) byStem.set(stemmed, m)
  }
  // Urban okrugs first so that their town name wins over a district's centre.
  const ordered = [...municipalities].sort(
    (a, b) => Number(b.kind === 'urban-okrug') - Number(a.kind === 'urban-okrug'),
  )
  for (const m of ordered) {
    add(m.id.toLowerCase(), m, true)
    for (const name of [m.name.ru, m.name.en]) {
      if (!name) continue
      const key = coreKey(name)
      add(key, m, true)
    }
    add(coreKey(m.centre.name.ru), m, false)
    if (m.centre.name.en) add(coreKey(m.centre.name.en), m, false)
  }
  const find = (text: string): Municipality | undefined => {
    const trimmed = text.trim().toLowerCase()
    const direct = byKey.get(trimmed)
    if (direct) return direct
    const key = coreKey(text)
    return byKey.get(key) ?? byStem.get(stem(key))
  }
  const findIn = (text: string): Municipality | undefined => {
    const words = coreKey(text).split(' ')
    for (let i = 0; i < words.length; i++) {
      const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : undefined
      const found =
        (two && byKey.get(two)) ??
        byKey.get(words[i] as string) ??
        byStem.get(stem(words[i] as string))
      if (found) return found
    }
    return undefined
  }
  return { find, findIn }
}
