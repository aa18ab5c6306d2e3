import { describe, expect, it } from 'vitest'

import { firstDayOf, lastDayOf, monthIndex, monthOf, monthOfIndex } from './months'

describe('month arithmetic', () => {
  it('turns months into numbers and back', () => {
    expect(monthIndex('2025-01') - monthIndex('2024-12')).toBe(1)
    expect(monthOfIndex(monthIndex('2024-12') + 1)).toBe('2025-01')
    expect(monthOfIndex(monthIndex('0900-07'))).toBe('0900-07')
  })

  it('knows the first and last day of a month, leap years too', () => {
    expect(monthOf('2024-02-10')).toBe('2024-02')
    expect(firstDayOf('2024-02')).toBe('2024-02-01')
    expect(lastDayOf('2024-02')).toBe('2024-02-29')
    expect(lastDayOf('2025-02')).toBe('2025-02-28')
    expect(lastDayOf('2025-12')).toBe('2025-12-31')
  })
})
