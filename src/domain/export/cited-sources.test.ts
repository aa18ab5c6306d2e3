import { describe, expect, it } from 'vitest'

import type { Source } from '../schema/reference'
import { citedSources, describeSources } from './cited-sources'
import { refs, stubT } from '@/testing/export-records'

const many: Source[] = Array.from({ length: 11 }, (_, i) => ({
  id: `s${i}`,
  title: { ru: `Источник ${i}`, en: `Source ${i}` },
  url: `https://example.org/${i}`,
  kind: 'news',
}))

describe('citedSources', () => {
  it('lists the cited sources once, most cited first, skipping unknown ids', () => {
    const cited = citedSources(
      [
        { sources: ['src-b'] },
        { sources: ['src-a', 'src-a', 'gone'] },
        { sources: ['src-a'] },
      ],
      refs.sources,
    )
    expect(cited.map((s) => s.id)).toEqual(['src-a', 'src-b'])
  })

  it('keeps first-met order among equals', () => {
    const cited = citedSources([{ sources: ['s3', 's1'] }, { sources: ['s2'] }], many)
    expect(cited.map((s) => s.id)).toEqual(['s3', 's1', 's2'])
  })
})

describe('describeSources', () => {
  it('gives titles with the publisher, in the chosen language', () => {
    expect(describeSources(refs.sources, 'en', stubT)).toEqual([
      'Article A (smolgazeta.ru)',
      'Справка «Б»',
    ])
  })

  it('stops at eight and counts the rest', () => {
    const lines = describeSources(many, 'ru', stubT)
    expect(lines).toHaveLength(9)
    expect(lines[7]).toBe('Источник 7')
    expect(lines[8]).toBe('export.sources.more{"count":3}')
  })

  it('says when there are none', () => {
    expect(describeSources([], 'ru', stubT)).toEqual(['export.sources.none'])
  })
})
