import type { RecordOf } from '@/domain/schema/datasets'

/** A valid enterprise of the home region with id `id`, as an imported file would hold it. */
export function importedPlant(
  id: string,
  sources: string[] = [],
): RecordOf<'enterprises'> {
  return {
    id,
    kind: 'enterprise',
    name: { ru: `Завод ${id}` },
    industries: ['energy'],
    region: 'RU-SMO',
    location: { lat: 54.78, lon: 32.05, precision: 'site' },
    origin: 'public',
    confidence: { record: 'medium' },
    sources,
  }
}
