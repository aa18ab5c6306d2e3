// @vitest-environment node

import { describe, expect, it } from 'vitest'

import { TIMELINE_KINDS } from '@/domain/timeline/month-bins'

import { KIND_COLOURS } from './kind-colours'

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const value = parseInt(hex.slice(i, i + 2), 16) / 255
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

describe('KIND_COLOURS', () => {
  it('gives every kind its own colour with at least 3:1 contrast against white', () => {
    for (const kind of TIMELINE_KINDS) {
      const colour = KIND_COLOURS[kind]
      expect(colour).toMatch(/^#[0-9a-f]{6}$/)
      expect(1.05 / (luminance(colour) + 0.05), kind).toBeGreaterThanOrEqual(3)
    }
    expect(new Set(Object.values(KIND_COLOURS)).size).toBe(TIMELINE_KINDS.length)
  })
})
