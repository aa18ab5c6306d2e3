import type { Location } from '../schema/common'
import type { Municipality } from '../schema/reference'
import type { RowReader } from './row-reader'
import type { RowsContext } from './rows-to-records'
import { fromVocabulary } from './vocab'
import { parseCoordinatePair, parseDate, parseNumber } from './parse-values'

// The cell readers of enterprises and parks: position, municipality, industries, founding year.

const INDUSTRY_SPLIT = /\s*[;,|\n]\s*/
const OKVED_SPLIT = /[\s;,|]+/

export function readCoordinates(r: RowReader): { lat: number; lon: number } | undefined {
  const pair = r.get('coordinates')
  if (pair !== '') {
    const parsed = parseCoordinatePair(pair)
    if (parsed) return parsed
    r.warn('coordinates', pair, 'координаты не распознаны', 'coordinates not recognised')
  }
  const latText = r.get('lat')
  const lonText = r.get('lon')
  if (latText === '' && lonText === '') return undefined
  const lat = parseNumber(latText)
  const lon = parseNumber(lonText)
  if (lat !== undefined && lon !== undefined) return { lat, lon }
  r.warn(
    lat === undefined ? 'lat' : 'lon',
    lat === undefined ? latText : lonText,
    'координата не распознана',
    'coordinate not recognised',
  )
  return undefined
}

export function readMunicipality(r: RowReader, c: RowsContext): Municipality | undefined {
  const cell = r.get('municipality')
  if (cell !== '') {
    const found = c.refs.municipalities.find(cell)
    if (!found)
      r.warn(
        'municipality',
        cell,
        'муниципальное образование не найдено',
        'municipality not found',
      )
    return found
  }
  const address = r.get('address')
  return address === '' ? undefined : c.refs.municipalities.findIn(address)
}

/** From coordinates; else the municipality's centre as a labelled stand-in; else unknown. */
export function readLocation(
  r: RowReader,
  coordinates: { lat: number; lon: number } | undefined,
  municipality: Municipality | undefined,
): Location {
  const stated =
    r.get('precision') === ''
      ? undefined
      : fromVocabulary('precision', r.get('precision'))
  if (coordinates)
    return { ...coordinates, precision: (stated ?? 'site') as Location['precision'] }
  // «unknown» said in so many words stays unknown: no stand-in point is put in its place.
  if (!municipality || stated === 'unknown') return { precision: 'unknown' }
  const { centre, name } = municipality
  return {
    lat: centre.lat,
    lon: centre.lon,
    precision: 'stand-in',
    note: {
      ru: `Координат в файле нет: показан центр муниципального образования «${name.ru}» (${centre.name.ru})`,
      en: `No coordinates in the file: shown at the centre of ${name.en ?? name.ru} (${centre.name.en ?? centre.name.ru})`,
    },
  }
}

/** The most comma-separated parts one industry label is made of. */
const MAX_LABEL_PARTS = 4

export function readIndustries(r: RowReader, c: RowsContext): string[] {
  const ids: string[] = []
  const add = (token: string, field: 'industries' | 'okved') => {
    const id = c.refs.industry(token)
    if (id === undefined)
      r.warn(field, token, 'отрасль не распознана', 'industry not recognised')
    else if (!ids.includes(id)) ids.push(id)
  }
  // Labels may hold a comma themselves («Деревообработка, мебель и полиграфия»): the longest
  // run of parts that names an industry wins before a part is read on its own.
  const parts = r
    .get('industries')
    .split(INDUSTRY_SPLIT)
    .map((part) => part.trim())
  for (let i = 0; i < parts.length;) {
    let taken = 1
    for (let j = Math.min(parts.length, i + MAX_LABEL_PARTS); j > i + 1; j--) {
      if (c.refs.industry(parts.slice(i, j).join(', ')) !== undefined) {
        taken = j - i
        break
      }
    }
    const token = parts.slice(i, i + taken).join(', ')
    if (token !== '') add(token, 'industries')
    i += taken
  }
  for (const token of r.get('okved').split(OKVED_SPLIT))
    if (token !== '') add(token, 'okved')
  return ids
}

export function readFounded(r: RowReader): number | undefined {
  const cell = r.get('founded')
  if (cell === '') return undefined
  const number = parseNumber(cell)
  const year =
    number !== undefined && number <= 2100
      ? number
      : Number(parseDate(cell)?.date.slice(0, 4))
  if (Number.isInteger(year) && year >= 800 && year <= 2100) return year
  r.warn('founded', cell, 'год не распознан', 'year not recognised')
  return undefined
}
