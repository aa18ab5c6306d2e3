import { describe, expect, it } from 'vitest'

import { HOME, among, industries, place, regions, visit } from '@/testing/chart-records'

import { cooperationLinks } from './flows'
import { REST_ID } from './series'

describe('cooperationLinks', () => {
  const places = [
    place('a', ['aero', 'energy']),
    place('b', ['energy']),
    place('far', ['energy'], undefined, 'RU-BRY'),
  ]

  it('links partner regions to the home places visits name, and places to an industry', () => {
    const flows = cooperationLinks(
      [
        visit('v1', 'RU-CHE', HOME, { sites: ['a', 'b'], orgs: ['a', 'far', 'ghost'] }),
        visit('v2', HOME, 'RU-CHE', { orgs: ['a'] }),
        visit('v3', 'RU-MOS', HOME, { sites: ['b'] }),
        visit('v4', 'RU-MOS', HOME),
        visit('v5', 'BY-HO', 'RU-BRY', { sites: ['far'] }),
      ],
      among(places),
      regions,
      industries,
    )
    expect(flows.visits).toBe(3)
    const named = flows.links.map((l) => [
      `${flows.nodes[l.source]?.kind}:${flows.nodes[l.source]?.id}`,
      `${flows.nodes[l.target]?.kind}:${flows.nodes[l.target]?.id}`,
      l.value,
    ])
    expect(named).toEqual([
      ['region:RU-CHE', 'place:a', 2],
      ['region:RU-CHE', 'place:b', 1],
      ['region:RU-MOS', 'place:b', 1],
      ['place:a', 'industry:aero', 2],
      ['place:b', 'industry:energy', 2],
    ])
    expect(flows.nodes.map((n) => n.kind)).toEqual([
      'region',
      'region',
      'place',
      'place',
      'industry',
      'industry',
    ])
    expect(flows.nodes[0]?.name?.ru).toBe('Челябинская область')
    expect(flows.nodes.find((n) => n.id === 'energy')?.colour).toBe('#a0520c')
    expect(flows.totalLinks).toBe(5)
  })

  it('sends a place into its first chosen industry when industries are chosen', () => {
    const flows = cooperationLinks(
      [visit('v1', 'RU-CHE', HOME, { sites: ['a'] })],
      among(places),
      regions,
      industries,
      { chosenIndustries: ['energy'] },
    )
    expect(flows.nodes.map((n) => n.id)).toEqual(['RU-CHE', 'a', 'energy'])
  })

  it('merges the smallest organisations into a rest node, keeping totals and balance', () => {
    const many = Array.from({ length: 40 }, (_, i) => place(`p${i}`, [`ind${i % 5}`]))
    const partners = ['RU-CHE', 'RU-MOS', 'RU-BRY', 'BY-HO']
    const visits = Array.from({ length: 300 }, (_, i) =>
      visit(`v${i}`, partners[i % 4] ?? 'RU-CHE', HOME, {
        sites: [`p${(i * 7) % 40}`, `p${i % 3}`],
      }),
    )
    const full = cooperationLinks(visits, among(many), regions, industries, {
      limit: 10_000,
    })
    const capped = cooperationLinks(visits, among(many), regions, industries, {
      limit: 30,
    })
    expect(full.links.length).toBe(full.totalLinks)
    expect(full.links.length).toBeGreaterThan(30)
    expect(capped.links.length).toBeLessThanOrEqual(30)
    expect(capped.nodes.some((n) => n.id === REST_ID)).toBe(true)
    const into = (flows: typeof full, kind: string) =>
      flows.links
        .filter((l) => flows.nodes[l.target]?.kind === kind)
        .reduce((sum, l) => sum + l.value, 0)
    expect(into(capped, 'place')).toBe(into(full, 'place'))
    expect(into(capped, 'industry')).toBe(into(full, 'industry'))
    capped.nodes.forEach((node, i) => {
      if (node.kind !== 'place') return
      const inflow = capped.links.filter((l) => l.target === i)
      const outflow = capped.links.filter((l) => l.source === i)
      expect(inflow.reduce((s, l) => s + l.value, 0)).toBe(node.value)
      expect(outflow.reduce((s, l) => s + l.value, 0)).toBe(node.value)
    })
  })

  it('is empty when no visit names a home place', () => {
    const flows = cooperationLinks(
      [visit('v', 'RU-CHE', HOME)],
      among(places),
      regions,
      industries,
    )
    expect(flows).toEqual({ nodes: [], links: [], visits: 0, totalLinks: 0 })
  })
})
