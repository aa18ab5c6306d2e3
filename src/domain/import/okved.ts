/**
 * OKVED 2 (ОК 029-2014) codes → the industry vocabulary of `data/industries.json`. The longest
 * matching code prefix wins, so a class can refine its division. Documented in docs/okved.md.
 *
 * | OKVED                          | industry                  |
 * | ------------------------------ | ------------------------- |
 * | 30.3, 33.16                    | aerospace                 |
 * | 25.4, 30.4                     | defence                   |
 * | 29 (29.1–29.3)                 | automotive-components     |
 * | 28.92                          | road-municipal-machinery  |
 * | 28.3                           | agricultural-machinery    |
 * | 30.2, 33.17                    | railway-equipment         |
 * | 25, 27, 28, 30, 33             | machinery-general         |
 * | 25.72, 31.0                    | furniture-hardware        |
 * | 22.1                           | rubber-products           |
 * | 20                             | chemicals-fertilisers     |
 * | 35, section D                  | energy                    |
 * | 32.1                           | diamond-cutting-jewellery |
 * | 01.16, 13                      | textiles-flax             |
 * | 23, 41–43, section F           | construction              |
 * | 49–53, section H               | logistics                 |
 * | 84, section O                  | public-administration     |
 * | 94.1                           | industry-association      |
 */
const OKVED_TO_INDUSTRY: Readonly<Record<string, string>> = {
  '01.16': 'textiles-flax',
  '13': 'textiles-flax',
  '20': 'chemicals-fertilisers',
  '22.1': 'rubber-products',
  '23': 'construction',
  '25': 'machinery-general',
  '25.4': 'defence',
  '25.72': 'furniture-hardware',
  '27': 'machinery-general',
  '28': 'machinery-general',
  '28.3': 'agricultural-machinery',
  '28.92': 'road-municipal-machinery',
  '29': 'automotive-components',
  '30': 'machinery-general',
  '30.2': 'railway-equipment',
  '30.3': 'aerospace',
  '30.4': 'defence',
  '31.0': 'furniture-hardware',
  '32.1': 'diamond-cutting-jewellery',
  '33': 'machinery-general',
  '33.16': 'aerospace',
  '33.17': 'railway-equipment',
  '35': 'energy',
  '41': 'construction',
  '42': 'construction',
  '43': 'construction',
  '49': 'logistics',
  '50': 'logistics',
  '51': 'logistics',
  '52': 'logistics',
  '53': 'logistics',
  '84': 'public-administration',
  '94.1': 'industry-association',
}

/** Sections (letters) that map to one industry as a whole. */
const SECTION_TO_INDUSTRY: Readonly<Record<string, string>> = {
  D: 'energy',
  F: 'construction',
  H: 'logistics',
  O: 'public-administration',
}

const CODE = /^(?:([A-UА-Я])\s*)?(\d{2}(?:\.?\d{1,2}){0,2})?$/i
/** Cyrillic letters people type for the Latin section letters that look the same. */
const CYRILLIC_SECTION: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Т: 'T',
}

/** True when `text` looks like an OKVED code (`30.30`, `30.30.3`, `C30.3`, `F`). */
export function isOkvedCode(text: string): boolean {
  const t = text.trim()
  return t !== '' && CODE.test(t)
}

/**
 * The industry id of an OKVED code: the longest prefix in the table (`30.30.32` → `30.3` →
 * aerospace), else its section letter; `undefined` when the table has no industry for it.
 */
export function industryFromOkved(text: string): string | undefined {
  const match = CODE.exec(text.trim())
  if (!match) return undefined
  const digits = match[2]
  if (digits) {
    const plain = digits.replace(/\./g, '')
    // Try the code as 2, 3, 4 digits with the dots OKVED puts: 30, 30.3, 30.30, 30.30.3…
    for (let length = plain.length; length >= 2; length--) {
      const prefix = plain.slice(0, length)
      const dotted =
        prefix.length <= 2
          ? prefix
          : `${prefix.slice(0, 2)}.${prefix.slice(2, 4)}${prefix.length > 4 ? `.${prefix.slice(4)}` : ''}`
      const industry = OKVED_TO_INDUSTRY[dotted]
      if (industry) return industry
    }
    return undefined
  }
  const letter = (match[1] ?? '').toUpperCase()
  return SECTION_TO_INDUSTRY[CYRILLIC_SECTION[letter] ?? letter]
}
