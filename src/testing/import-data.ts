import enterprises from '../../data/enterprises.json'
import events from '../../data/events.json'
import industries from '../../data/industries.json'
import municipalities from '../../data/municipalities.json'
import parks from '../../data/parks.json'
import regions from '../../data/regions.json'
import sources from '../../data/sources.json'
import visits from '../../data/visits.json'
import type { Datasets } from '@/domain/schema/datasets'
import type { ImportOptions } from '@/domain/import/import-file'

/** The bundled data, as the import tests check against it. */
export const bundled = {
  enterprises: enterprises.records,
  parks: parks.records,
  visits: visits.records,
  events: events.records,
  regions: regions.records,
  municipalities: municipalities.records,
  industries: industries.records,
  sources: sources.records,
} as unknown as Datasets

export const options: ImportOptions = { data: bundled, homeRegion: 'RU-SMO' }

const CP1251_UPPER = 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя'

/** Encodes text as Windows-1251, as Russian Excel saves CSV (Cyrillic, «», №, ASCII). */
export function encodeCp1251(text: string): Uint8Array {
  const out = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string
    const at = CP1251_UPPER.indexOf(char)
    out[i] =
      at >= 0
        ? 0xc0 + at
        : char === 'Ё'
          ? 0xa8
          : char === 'ё'
            ? 0xb8
            : char === '«'
              ? 0xab
              : char === '»'
                ? 0xbb
                : char === '№'
                  ? 0xb9
                  : char.charCodeAt(0)
  }
  return out
}

export const utf8 = (text: string) => new TextEncoder().encode(text)
