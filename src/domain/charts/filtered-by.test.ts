import { describe, expect, it } from 'vitest'

import { DEFAULT_FILTERS } from '@/domain/filters/filters'

import { narrowsPlaces, narrowsVisits } from './filtered-by'

describe('which filters narrow what a chart counts', () => {
  it('says «filtered» on visit charts for industries and municipalities, not for kinds', () => {
    expect(narrowsVisits(DEFAULT_FILTERS)).toBe(false)
    expect(narrowsPlaces(DEFAULT_FILTERS)).toBe(false)
    // Industries and municipalities narrow visits through the organisations they link.
    const industry = { ...DEFAULT_FILTERS, industries: ['energy'] }
    expect(narrowsVisits(industry) && narrowsPlaces(industry)).toBe(true)
    const municipality = { ...DEFAULT_FILTERS, municipalities: ['roslavlsky'] }
    expect(narrowsVisits(municipality) && narrowsPlaces(municipality)).toBe(true)
    // The kinds of place stay with places; the period stays with visits and events.
    const kind = { ...DEFAULT_FILTERS, kinds: ['sez' as const] }
    expect(narrowsVisits(kind)).toBe(false)
    expect(narrowsPlaces(kind)).toBe(true)
    const period = { ...DEFAULT_FILTERS, from: '2025-01-01' }
    expect(narrowsVisits(period)).toBe(true)
    expect(narrowsPlaces(period)).toBe(false)
    const region = { ...DEFAULT_FILTERS, regions: ['RU-CHE'] }
    expect(narrowsVisits(region) && narrowsPlaces(region)).toBe(true)
    const search = { ...DEFAULT_FILTERS, q: ' завод ' }
    expect(narrowsVisits(search) && narrowsPlaces(search)).toBe(true)
  })
})
