import { act, screen } from '@testing-library/react'
import { Profiler } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'

import { useAppStore } from '@/store/app-store'
import { fixture } from '@/testing/fixtures'
import { renderUi } from '@/testing/render'
import { seedDatasets } from '@/testing/seed'

import { KpiTiles } from './kpi-tiles'

const [alpha, beta, gamma] = fixture['enterprises.json'].records
const [visitA] = fixture['visits.json'].records
const [meeting, neighbours] = fixture['events.json'].records

/** The fixture's three Smolensk enterprises plus organisations the first number leaves out. */
const enterprises = [
  alpha,
  beta,
  gamma,
  { ...alpha, id: 'ministry', kind: 'government-body', industries: ['energy'] },
  { ...beta, id: 'bryansk-plant', region: 'RU-BRY', municipality: undefined },
  { ...gamma, id: 'union', kind: 'association', industries: ['aerospace'] },
]
const visits = [
  visitA,
  { ...visitA, id: 'out', fromRegion: 'RU-SMO', toRegion: 'RU-CHE', sitesVisited: [] },
  {
    ...visitA,
    id: 'elsewhere',
    fromRegion: 'RU-CHE',
    toRegion: 'RU-BRY',
    sitesVisited: ['ent-a'],
  },
]
const events = [
  meeting,
  neighbours,
  { ...meeting, id: 'energy-news', entities: ['ent-b'] },
  { ...meeting, id: 'unlinked-news', entities: undefined },
]

function tile(kind: string) {
  return screen.getByTestId(`kpi-${kind}`)
}
const value = (kind: string) => tile(kind).querySelector('.kpi__value')?.textContent

beforeEach(() => {
  seedDatasets({ records: { enterprises, visits, events } })
})

describe('the headline tiles', () => {
  it('count home enterprises first and the other organisations on a second line', () => {
    renderUi(<KpiTiles />)
    expect(value('enterprises')).toBe('3')
    expect(tile('enterprises')).toHaveTextContent('+ 3 другие организации')
    expect(value('parks')).toBe('1')
    // Two of three visits start or end in Smolensk Oblast.
    expect(value('visits')).toBe('2')
    // Smolensk industry news only, by default: three of four.
    expect(value('events')).toBe('3')
    expect(tile('events')).toHaveTextContent('из 4')
    expect(tile('visits').querySelector('.kpi__total')).toBeNull()
  })

  it('say what they count in a tooltip and an accessible description', () => {
    renderUi(<KpiTiles />)
    for (const kind of ['enterprises', 'parks', 'visits', 'events']) {
      const title = tile(kind).getAttribute('title') ?? ''
      expect(title.length).toBeGreaterThan(20)
      expect(tile(kind)).toHaveAccessibleDescription(title)
    }
    expect(tile('enterprises').getAttribute('title')).toContain(
      'Предприятия региона «Смоленская область»',
    )
  })

  it('narrow visits and events by industry through the organisations they link', () => {
    renderUi(<KpiTiles />)
    act(() => useAppStore.getState().toggleFilterValue('industries', 'energy'))
    // Beta and Gamma are energy enterprises at home; the ministry is one more organisation.
    expect(value('enterprises')).toBe('2')
    expect(tile('enterprises')).toHaveTextContent('из 3')
    expect(tile('enterprises')).toHaveTextContent('+ 2 другие организации')
    // Visits link Alpha (aerospace) or nothing: none is left.
    expect(value('visits')).toBe('0')
    // Only the news naming Beta.
    expect(value('events')).toBe('1')
  })

  it('narrow by municipality the same way', () => {
    renderUi(<KpiTiles />)
    act(() => useAppStore.getState().toggleFilterValue('municipalities', 'smolensk-city'))
    // Alpha and the ministry are in Smolensk.
    expect(value('enterprises')).toBe('1')
    expect(tile('enterprises')).toHaveTextContent('+ 1 другая организация')
    expect(value('visits')).toBe('1')
    expect(value('events')).toBe('1')
  })

  it('redraw only when a number changes, not on every filter change', () => {
    let renders = 0
    renderUi(
      <Profiler id="tiles" onRender={() => renders++}>
        <KpiTiles />
      </Profiler>,
      { strict: false },
    )
    renders = 0
    // A period that holds every record: new filtered lists, the same numbers.
    act(() => useAppStore.getState().setPeriod('1900-01-01', '2999-12-31'))
    act(() => useAppStore.getState().select('ent-a'))
    act(() => useAppStore.getState().toggleLayer('parks'))
    expect(renders).toBe(0)
    act(() => useAppStore.getState().toggleFilterValue('industries', 'energy'))
    expect(renders).toBe(1)
    expect(value('enterprises')).toBe('2')
  })
})
