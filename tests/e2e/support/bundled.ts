import { readFileSync } from 'node:fs'

interface PlaceRecord {
  id: string
  name: { ru: string }
  location: { precision: string }
  sources: string[]
}

/** Records of a bundled data file, read from disk so tests follow the data. */
export function bundledRecords<T = PlaceRecord>(file: string): T[] {
  return (JSON.parse(readFileSync(`data/${file}`, 'utf8')) as { records: T[] }).records
}

export function bundledPlaces(): PlaceRecord[] {
  return [...bundledRecords('enterprises.json'), ...bundledRecords('parks.json')]
}
