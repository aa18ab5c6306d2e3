import type { Place } from '../derive/places'
import type { LocalizedText } from '../schema/common'
import type { Municipality } from '../schema/reference'

/** One proportional symbol of the municipal view: a municipality's centre and its count. */
export interface MunicipalSymbol {
  id: string
  name: LocalizedText
  /** The municipal centre's name and position (the symbol's anchor). */
  centre: { name: LocalizedText; lat: number; lon: number }
  /** Enterprises and parks of this municipality among the given places. */
  count: number
  /** Its industries by count, largest first (ties by id), at most `topIndustries`. */
  industries: { id: string; count: number }[]
}

/**
 * The symbols of the municipal view: per municipality, how many of `places` name it and its
 * leading industries. Municipalities with no place are left out; places naming no municipality
 * or an unknown one have no centre to stand at and are not counted here (the municipality chart
 * shows them as «Не указано»). Largest first, so smaller symbols are drawn on top.
 */
export function municipalSymbols(
  places: readonly Place[],
  municipalities: readonly Municipality[],
  topIndustries = 3,
): MunicipalSymbol[] {
  const counts = new Map<string, number>()
  const industries = new Map<string, Map<string, number>>()
  for (const { record } of places) {
    const id = record.municipality
    if (id === undefined) continue
    counts.set(id, (counts.get(id) ?? 0) + 1)
    let byIndustry = industries.get(id)
    if (!byIndustry) {
      byIndustry = new Map<string, number>()
      industries.set(id, byIndustry)
    }
    for (const industry of new Set(record.industries))
      byIndustry.set(industry, (byIndustry.get(industry) ?? 0) + 1)
  }
  const symbols: MunicipalSymbol[] = []
  for (const m of municipalities) {
    const count = counts.get(m.id)
    if (!count) continue
    const top = [...(industries.get(m.id) ?? [])]
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, topIndustries)
      .map(([id, n]) => ({ id, count: n }))
    symbols.push({ id: m.id, name: m.name, centre: m.centre, count, industries: top })
  }
  return symbols.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1))
}

/**
 * Radius in pixels for a count, by area (the square root), so a symbol of 40 reads as twice
 * one of 10: from `min` for one place to `max` for the largest count on the map.
 */
export function symbolRadius(count: number, largest: number, min = 9, max = 30): number {
  if (largest <= 1) return min
  return min + (max - min) * Math.sqrt((count - 1) / (largest - 1))
}
