import { DATASET_KINDS, type DatasetKind } from '@/domain/schema/values'
import { describe, expect, it } from 'vitest'

import { fixture } from '@/testing/fixtures'

import { type ParsedDatasets, crossCheck } from './cross-check'
import { parseDataset } from './parse-dataset'

function parsedFrom(overrides: Partial<Record<DatasetKind, unknown[]>> = {}) {
  const parsed: ParsedDatasets = {}
  for (const kind of DATASET_KINDS) {
    const file = `${kind}.json` as keyof typeof fixture
    const records = overrides[kind] ?? (fixture[file] as { records: unknown[] }).records
    const result = parseDataset(kind, file, { schemaVersion: 1, records })
    if (!result.ok) throw new Error(result.fault.message)
    ;(parsed as Record<DatasetKind, unknown>)[kind] = result.dataset
  }
  return parsed
}

const [entA, ...otherEnterprises] = fixture['enterprises.json'].records
const [event, ...otherEvents] = fixture['events.json'].records
const TODAY = '2026-11-29'

describe('content checks', () => {
  it.each([
    ['a zero-width space', 'Завод\u200B «Альфа»', 'U+200B'],
    ['a right-to-left override', 'Завод \u202Eафьлa', 'U+202E'],
    ['a word joiner', 'Завод\u2060Альфа', 'U+2060'],
  ])('warns about %s in a name and keeps the record', (_label, name, code) => {
    const { issues, datasets } = crossCheck(
      parsedFrom({ enterprises: [{ ...entA, name: { ru: name } }, ...otherEnterprises] }),
      { today: TODAY },
    )
    expect(datasets.enterprises.map((e) => e.id)).toContain(entA?.id)
    expect(issues).toEqual([
      expect.objectContaining({
        kind: 'enterprises',
        index: 0,
        path: 'name.ru',
        code: 'hidden-character',
        severity: 'warning',
        message: expect.stringContaining(code) as string,
      }),
    ])
  })

  it.each([
    ['0000-01-01', 'раньше 1700 года'],
    ['1699-12-31', 'раньше 1700 года'],
    ['9999-12-31', 'позже чем через год'],
    ['2027-11-30', 'позже чем через год'],
  ])('warns about the date %s', (date, words) => {
    const { issues } = crossCheck(
      parsedFrom({ events: [{ ...event, date, datePrecision: 'day' }, ...otherEvents] }),
      { today: TODAY },
    )
    expect(issues).toEqual([
      expect.objectContaining({
        kind: 'events',
        index: 0,
        path: 'date',
        code: 'implausible-date',
        message: expect.stringContaining(words) as string,
      }),
    ])
  })

  it('lets a year from today and 1700 pass', () => {
    for (const date of ['1700-01-01', '2027-11-29'])
      expect(
        crossCheck(
          parsedFrom({
            events: [{ ...event, date, datePrecision: 'day' }, ...otherEvents],
          }),
          { today: TODAY },
        ).issues,
      ).toEqual([])
  })
})

describe('the home region', () => {
  const regions = fixture['regions.json'].records
  const home = regions.find((r) => r.role === 'home')

  it('passes when the manifest names the one home region', () => {
    expect(crossCheck(parsedFrom(), { homeRegion: home?.id }).issues).toEqual([])
  })

  it('is an error when the manifest names a region regions.json lacks', () => {
    expect(crossCheck(parsedFrom(), { homeRegion: 'RU-XXX' }).issues).toContainEqual(
      expect.objectContaining({
        file: 'regions.json',
        index: -1,
        code: 'home-region',
        severity: 'error',
        message: 'Домашнего региона RU-XXX из manifest.json нет в regions.json',
      }),
    )
  })

  it('is an error when two regions are marked home', () => {
    const other = regions.find((r) => r.role !== 'home')
    const { issues } = crossCheck(
      parsedFrom({
        regions: regions.map((r) => (r === other ? { ...r, role: 'home' } : r)),
      }),
      { homeRegion: home?.id },
    )
    expect(issues).toEqual([
      expect.objectContaining({ id: other?.id, path: 'role', code: 'home-region' }),
    ])
  })
})
