import { describe, expect, it } from 'vitest'

import { categoryLabelWidth, labelChars, sankeyLabelLayout, truncate } from './chart-rows'

describe('categoryLabelWidth', () => {
  it('keeps the full width on a wide chart and before the width is known', () => {
    expect(categoryLabelWidth(0)).toBe(240)
    expect(categoryLabelWidth(1200)).toBe(240)
  })

  it('gives labels at most 40% of a narrow chart, never below the minimum', () => {
    expect(categoryLabelWidth(420)).toBe(168)
    expect(categoryLabelWidth(360)).toBe(144)
    expect(categoryLabelWidth(200)).toBe(96)
  })
})

describe('labelChars', () => {
  it('counts the characters that fit the room, at least four', () => {
    expect(labelChars(160)).toBe(20)
    expect(labelChars(75, 7.5)).toBe(10)
    expect(labelChars(3)).toBe(4)
  })

  it('cuts a long name to fit, with an ellipsis', () => {
    const name = 'Министерство промышленности и торговли Российской Федерации'
    const cut = truncate(name, labelChars(124))
    expect(cut.length).toBeLessThanOrEqual(15)
    expect(cut.endsWith('…')).toBe(true)
    expect(name.startsWith(cut.slice(0, -1))).toBe(true)
  })
})

describe('sankeyLabelLayout', () => {
  it('keeps the wide layout on a wide chart', () => {
    const wide = sankeyLabelLayout(1400, 12)
    expect(wide.side).toBe(230)
    expect(wide.chars[0]).toBe(29)
    expect(wide.chars[1]).toBeGreaterThan(wide.chars[0])
  })

  it('shares a 390–480 px chart so no column’s labels reach the next column', () => {
    for (const width of [360, 390, 420, 480]) {
      const { side, chars } = sankeyLabelLayout(width, 12)
      const gap = (width - 2 * side - 3 * 12) / 2
      // Each column's labels fit their room at 7.5 px a character.
      expect(chars[0] * 7.5).toBeLessThanOrEqual(side)
      expect(chars[2] * 7.5).toBeLessThanOrEqual(side)
      expect(chars[1] * 7.5).toBeLessThanOrEqual(Math.max(gap, 30))
      expect(2 * side).toBeLessThan(width * 0.6)
    }
  })
})
