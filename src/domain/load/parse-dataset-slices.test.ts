import { describe, expect, it } from 'vitest'

import { parseDataset, parseDatasetInSlices } from './parse-dataset'

describe('parseDatasetInSlices', () => {
  const json = {
    schemaVersion: 1,
    records: Array.from({ length: 20_000 }, (_, i) =>
      i % 3 === 0 ? { id: `r${i}` } : i,
    ),
  }

  it('gives what parseDataset gives', async () => {
    expect(await parseDatasetInSlices('events', 'events.json', json)).toEqual(
      parseDataset('events', 'events.json', json),
    )
  })

  it('lets other tasks run while it checks a large file', async () => {
    let ran = false
    setTimeout(() => {
      ran = true
    }, 0)
    const parsed = await parseDatasetInSlices('events', 'events.json', json)
    expect(ran).toBe(true)
    expect(parsed.ok && parsed.dataset.issues.length).toBeGreaterThanOrEqual(20_000)
  })

  it('reports a file that is not a dataset at once', async () => {
    const parsed = await parseDatasetInSlices('events', 'events.json', [1, 2])
    expect(parsed.ok).toBe(false)
  })
})
