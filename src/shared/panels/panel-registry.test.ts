import { afterEach, describe, expect, it } from 'vitest'

import { PANEL_IDS, type PanelId, panelAnchor } from './panel-ids'
import { findPanel, registerPanel, registeredPanels } from './panel-registry'

const offs: (() => void)[] = []
function register(id: PanelId, title: string = id) {
  const element = document.createElement('section')
  offs.push(registerPanel({ id, title, element }))
  return element
}

afterEach(() => {
  for (const off of offs.splice(0)) off()
})

describe('the panel register', () => {
  it('finds a panel by its id, not by where it is', () => {
    const charts = register('charts', 'Графики')
    expect(findPanel('charts')).toEqual({
      id: 'charts',
      title: 'Графики',
      element: charts,
    })
    expect(findPanel('map')).toBeUndefined()
  })

  it('lists the panels in the order of the ids, whatever order they registered in', () => {
    register('scenes')
    register('map')
    register('table')
    expect(registeredPanels().map((p) => p.id)).toEqual(['map', 'table', 'scenes'])
  })

  it('takes a panel off when it goes, but keeps a newer registration under its id', () => {
    const first = register('timeline')
    const offFirst = offs.pop()
    const second = register('timeline', 'new title')
    offFirst?.()
    expect(findPanel('timeline')?.element).toBe(second)
    expect(findPanel('timeline')?.element).not.toBe(first)
    offs.pop()?.()
    expect(findPanel('timeline')).toBeUndefined()
  })

  it('anchors each panel at its own element id', () => {
    expect(new Set(PANEL_IDS.map(panelAnchor)).size).toBe(PANEL_IDS.length)
    expect(panelAnchor('quality')).toBe('panel-quality')
  })
})
