import { describe, expect, it } from 'vitest'

import { RING_ARCS, clusterIcon, ringShares, singleIcon } from './marker-icons'

const style = {
  colour: '#1f5fa8',
  shape: 'circle',
  approximate: false,
  selected: false,
  offset: [0, 0],
} as const

describe('marker icons', () => {
  it('gives every marker its own copy of the icon’s SVG', () => {
    const icon = singleIcon(style)
    expect(singleIcon({ ...style })).toBe(icon)
    const first = icon.createIcon()
    const second = icon.createIcon()
    expect(first.querySelector('svg circle')?.getAttribute('fill')).toBe('#1f5fa8')
    expect(second.querySelector('svg')).not.toBe(first.querySelector('svg'))
    // Both keep their drawing: a shared node would have moved to the second.
    expect(first.querySelectorAll('svg')).toHaveLength(1)
    expect(first.className).toContain('place-icon')
  })

  it('redraws a reused element with the new icon only', () => {
    const old = singleIcon(style).createIcon()
    const element = clusterIcon(12, [{ colour: '#9b1c1c', count: 12 }]).createIcon(old)
    expect(element).toBe(old)
    expect(element.querySelectorAll('svg')).toHaveLength(1)
    expect(element.querySelector('text')?.textContent).toBe('12')
  })

  it('rings a cluster with its largest industries and one arc for the rest', () => {
    const mix = Array.from({ length: 12 }, (_, i) => ({
      colour: `#0000${(10 + i).toString()}`,
      count: 100 - i,
    }))
    const shares = ringShares(mix)
    expect(shares).toHaveLength(RING_ARCS)
    expect(shares.slice(0, -1)).toEqual(mix.slice(0, RING_ARCS - 1))
    expect(shares.at(-1)?.count).toBe(
      mix.slice(RING_ARCS - 1).reduce((sum, m) => sum + m.count, 0),
    )
    const arcs = clusterIcon(1134, mix)
      .createIcon()
      .querySelectorAll('circle[stroke-dasharray]')
    expect(arcs).toHaveLength(RING_ARCS)
    expect(ringShares(mix.slice(0, 3))).toEqual(mix.slice(0, 3))
  })
})
