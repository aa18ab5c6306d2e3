import { DATASET_KINDS } from '@/domain/schema/values'
import { describe, expect, it } from 'vitest'

import { recordSchemas } from '@/domain/schema/datasets'
import { fixture } from '@/testing/fixtures'

import { formatPath } from './issues'
import { parseDataset } from './parse-dataset'

/** What `safeParse` says of one record, as the issues parseDataset is expected to list. */
function zodIssues(kind: (typeof DATASET_KINDS)[number], raw: unknown) {
  const result = recordSchemas[kind].safeParse(raw)
  return result.success
    ? []
    : result.error.issues.map((issue) => [formatPath(issue.path), issue.message])
}

/** Records that fail in many ways: not objects at all, and objects with broken fields. */
const HOSTILE: unknown[] = [
  0,
  7.5,
  -1,
  '',
  'запись',
  true,
  false,
  null,
  [],
  [1, 2],
  {},
  { id: 5 },
  { id: 'x', name: 'не объект' },
]

describe('parseDataset words issues exactly as zod does', () => {
  it.each(DATASET_KINDS)(
    '%s: the same issues for every hostile record, in order',
    (kind) => {
      const file = `${kind}.json`
      const records = [...HOSTILE, ...HOSTILE]
      const result = parseDataset(kind, file, { schemaVersion: 1, records })
      if (!result.ok) throw new Error(result.fault.message)
      const expected = records.flatMap((raw, index) =>
        zodIssues(kind, raw).map(([path, message]) => [index, path, message]),
      )
      expect(result.dataset.issues.map((i) => [i.index, i.path, i.message])).toEqual(
        expected,
      )
      expect(result.dataset.records).toEqual([])
    },
  )

  it('keeps the valid records of the fixture as zod returns them', () => {
    const { records } = fixture['enterprises.json']
    const result = parseDataset('enterprises', 'enterprises.json', {
      schemaVersion: 1,
      records,
    })
    if (!result.ok) throw new Error(result.fault.message)
    expect(result.dataset.records).toEqual(
      records.map((r) => recordSchemas.enterprises.parse(r)),
    )
  })
})
