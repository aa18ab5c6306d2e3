import { describe, expect, it } from 'vitest'

import type { ImportIssue } from '../import/messages'
import { groupImportIssues, groupIssues } from './group-issues'
import type { DatasetIssue } from './issues'

function issue(
  index: number,
  path: string,
  message: string,
  severity = 'error',
): DatasetIssue {
  return {
    kind: 'enterprises',
    file: 'enterprises.json',
    index,
    id: `e-${index}`,
    path,
    code: 'invalid-record',
    severity: severity as DatasetIssue['severity'],
    message,
  }
}

describe('groupIssues', () => {
  it('groups by field, message and severity, the largest group first, members in file order', () => {
    const issues = [
      issue(0, 'sources', 'пусто'),
      issue(1, 'location.lat', 'не число'),
      issue(2, 'sources', 'пусто'),
      issue(3, 'sources', 'другое'),
      issue(4, 'sources', 'пусто', 'warning'),
      issue(5, 'sources', 'пусто'),
      issue(6, 'location.lat', 'не число'),
    ]
    const groups = groupIssues(issues)
    expect(
      groups.map((g) => [g.field, g.message, g.severity, g.issues.map((i) => i.index)]),
    ).toEqual([
      ['sources', 'пусто', 'error', [0, 2, 5]],
      ['location.lat', 'не число', 'error', [1, 6]],
      ['sources', 'другое', 'error', [3]],
      ['sources', 'пусто', 'warning', [4]],
    ])
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length)
  })

  it('splits runs that differ in the severity, the field or the message alone', () => {
    const groups = groupIssues([
      issue(0, 'a', 'x'),
      issue(1, 'a', 'x'),
      issue(2, 'a', 'x', 'warning'),
      issue(3, 'b', 'x', 'warning'),
      issue(4, 'b', 'y', 'warning'),
      issue(5, 'a', 'x'),
      issue(6, 'b', 'y', 'warning'),
    ])
    expect(
      groups.map((g) => [g.field, g.message, g.severity, g.issues.map((i) => i.index)]),
    ).toEqual([
      ['a', 'x', 'error', [0, 1, 5]],
      ['b', 'y', 'warning', [4, 6]],
      ['a', 'x', 'warning', [2]],
      ['b', 'x', 'warning', [3]],
    ])
  })

  it('keeps the order of first appearance among groups of equal size', () => {
    const groups = groupIssues([
      issue(0, 'b', 'x'),
      issue(1, 'a', 'x'),
      issue(2, 'c', 'x'),
    ])
    expect(groups.map((g) => g.field)).toEqual(['b', 'a', 'c'])
  })

  it('is computed once per issues array', () => {
    const issues = [issue(0, 'a', 'x')]
    expect(groupIssues(issues)).toBe(groupIssues(issues))
    expect(groupIssues([...issues])).not.toBe(groupIssues(issues))
  })

  it('groups 1,000,000 issues of one kind into one group, in linear time', () => {
    const time = (n: number) => {
      const many = Array.from({ length: n }, (_, i) => issue(i, 'sources', 'пусто'))
      const started = performance.now()
      const groups = groupIssues(many)
      const took = performance.now() - started
      expect(groups).toHaveLength(1)
      expect(groups[0]?.issues).toHaveLength(n)
      return took
    }
    time(10_000) // warm-up
    const small = time(100_000)
    const large = time(1_000_000)
    // Ten times the issues: about ten times the time (a quadratic grouping would be 100).
    expect(large / Math.max(small, 1)).toBeLessThan(40)
  })

  it('makes one group per distinct message, however many there are', () => {
    const distinct = Array.from({ length: 50_000 }, (_, i) => issue(i, 'id', `id ${i}`))
    const groups = groupIssues(distinct)
    expect(groups).toHaveLength(50_000)
    expect(groups[49_999]?.message).toBe('id 49999')
  })
})

describe('groupImportIssues', () => {
  const imported = (
    row: number,
    column: string | undefined,
    ru: string,
  ): ImportIssue => ({
    file: 'мои.csv',
    row,
    column,
    code: 'invalid-record',
    severity: 'error',
    message: { ru, en: `en: ${ru}` },
  })

  it('groups by column and message in the interface language', () => {
    const issues = [
      imported(2, 'Район', 'нет'),
      imported(3, undefined, 'длина строки'),
      imported(4, 'Район', 'нет'),
    ]
    const ru = groupImportIssues(issues, 'ru')
    expect(ru.map((g) => [g.field, g.message, g.issues.map((i) => i.row)])).toEqual([
      ['Район', 'нет', [2, 4]],
      ['', 'длина строки', [3]],
    ])
    expect(groupImportIssues(issues, 'en')[0]?.message).toBe('en: нет')
    expect(groupImportIssues(issues, 'ru')).toBe(ru)
  })
})
