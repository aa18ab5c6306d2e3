import { describe, expect, it } from 'vitest'

import { DEFAULT_FILTERS } from '@/domain/filters/filters'

import { narrowsPlaces, narrowsVisits } from './filtered-by'

describe('which filters narrow what a chart counts', () => {
  it('leaves visits alone for place-only filters and places alone for the period', () => {
    expect(narrowsVisits(DEFAULT_FILTERS)).toBe(false)
    expect(narrowsPlaces(DEFAULT_FILTERS)).toBe(false)
    const industry = { ...DEFAULT_FILTERS, industries: ['energy'] }
    expect(narrowsVisits(industry)).toBe(false)
    expect(narrowsPlaces(industry)).toBe(true)
    const period = { ...DEFAULT_FILTERS, from: '2025-01-01' }
    expect(narrowsVisits(period)).toBe(true)
    expect(narrowsPlaces(period)).toBe(false)
    const region = { ...DEFAULT_FILTERS, regions: ['RU-CHE'] }
    expect(narrowsVisits(region) && narrowsPlaces(region)).toBe(true)
    const search = { ...DEFAULT_FILTERS, q: ' завод ' }
    expect(narrowsVisits(search) && narrowsPlaces(search)).toBe(true)
  })
})
