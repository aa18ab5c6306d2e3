// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

/** What the bundled data promises about the home region's industry (data/README.md). */
const DATA = join(import.meta.dirname, '..', '..', 'data')
const records = <T>(file: string): T[] =>
  (JSON.parse(readFileSync(join(DATA, file), 'utf8')) as { records: T[] }).records

interface Enterprise {
  id: string
  kind: string
  region: string
  location: { precision: string }
  sources: string[]
}
interface Source {
  id: string
  url?: string
  date?: string
}

const home = (
  JSON.parse(readFileSync(join(DATA, 'manifest.json'), 'utf8')) as { homeRegion: string }
).homeRegion
const enterprises = records<Enterprise>('enterprises.json').filter(
  (e) => e.kind === 'enterprise' && e.region === home,
)
const sources = new Map(records<Source>('sources.json').map((s) => [s.id, s]))

describe('the home region’s enterprises in the bundled data', () => {
  it('number at least 60', () => {
    expect(enterprises.length).toBeGreaterThanOrEqual(60)
  })

  it('each cite a source with an address and a date', () => {
    const undated = enterprises
      .filter(
        (e) => !e.sources.some((id) => sources.get(id)?.url && sources.get(id)?.date),
      )
      .map((e) => e.id)
    expect(undated).toEqual([])
  })

  it('are stand-ins for at most 40% of those placed on the map', () => {
    const placed = enterprises.filter((e) => e.location.precision !== 'unknown')
    const standIns = placed.filter((e) => e.location.precision === 'stand-in')
    expect(standIns.length / placed.length).toBeLessThanOrEqual(0.4)
  })
})
