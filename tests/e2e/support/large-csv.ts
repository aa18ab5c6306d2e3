import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A large spreadsheet as a user would export it: UTF-8 CSV with «;» and decimal commas, one
 * enterprise per row, spread over a few municipalities of the home region with positions near
 * their centres. Every row is valid, so N rows add N enterprises. Deterministic.
 */
const PLACES: readonly [name: string, lat: number, lon: number][] = [
  ['Вяземский муниципальный округ', 55.2117, 34.2952],
  ['Гагаринский муниципальный округ', 55.5525, 34.9951],
  ['Рославльский муниципальный округ', 53.945, 32.848],
  ['Сафоновский муниципальный округ', 55.12, 33.2337],
  ['Ярцевский муниципальный округ', 55.0565, 32.6902],
  ['город Смоленск', 54.7826, 32.0453],
]

const decimal = (value: number) => value.toFixed(4).replace('.', ',')

/** `rows` data rows under a header row; named e.g. `enterprises-large.csv` so the kind is guessed. */
export function largeEnterprisesCsv(rows: number): string {
  const lines = ['Наименование;Отрасль;Район;Широта;Долгота']
  for (let i = 0; i < rows; i++) {
    const [place, lat, lon] = PLACES[i % PLACES.length] ?? PLACES[0]!
    // A small, even spread (±0.05°) so the points do not all sit on one spot.
    const dLat = (((i * 7919) % 1000) / 1000 - 0.5) / 10
    const dLon = (((i * 104729) % 1000) / 1000 - 0.5) / 10
    lines.push(
      `ООО «Импорт ${i + 1}»;Энергетика;${place};${decimal(lat + dLat)};${decimal(lon + dLon)}`,
    )
  }
  return lines.join('\r\n') + '\r\n'
}

/**
 * Writes the CSV to a temporary file and returns its path: a path is handed to the browser as
 * it is, where a buffer would be decoded by script in the page (seconds on its main thread).
 */
export function largeEnterprisesCsvFile(rows: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'promkarta-import-'))
  const path = join(dir, 'enterprises-large.csv')
  writeFileSync(path, largeEnterprisesCsv(rows))
  return path
}
