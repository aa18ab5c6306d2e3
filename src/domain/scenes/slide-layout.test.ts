import { describe, expect, it } from 'vitest'

import { slideLayout } from './slide-layout'

describe('slideLayout', () => {
  it('opens on the map under the tiles before the first scene', () => {
    expect(slideLayout(undefined, null)).toEqual({ panel: 'map', tiles: true })
  })

  it('shows the scene’s panel, and the tiles only when it asks for them', () => {
    expect(slideLayout({ panel: 'timeline' }, null)).toEqual({
      panel: 'timeline',
      tiles: false,
    })
    expect(slideLayout({ panel: 'whatsnew', tiles: true }, null)).toEqual({
      panel: 'whatsnew',
      tiles: true,
    })
    expect(slideLayout({}, null)).toEqual({ panel: 'map', tiles: false })
  })

  it('keeps the chart for a charts hero only', () => {
    expect(slideLayout({ panel: 'charts', chart: 'flows' }, null)).toEqual({
      panel: 'charts',
      chart: 'flows',
      tiles: false,
    })
    expect(slideLayout({ panel: 'map', chart: 'flows' }, null)).toEqual({
      panel: 'map',
      tiles: false,
    })
  })

  it('shows a record card only when a record is selected, else the map', () => {
    expect(slideLayout({ panel: 'details' }, 'ent-smaz').panel).toBe('details')
    expect(slideLayout({ panel: 'details' }, null).panel).toBe('map')
  })
})
