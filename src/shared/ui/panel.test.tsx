import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { findPanel } from '@/shared/panels/panel-registry'

import { Panel } from './panel'

describe('a panel', () => {
  it('is marked and anchored by its id and on the register while it is mounted', () => {
    const { rerender, unmount } = render(
      <Panel panel="table" title="Таблица">
        rows
      </Panel>,
    )
    const section = screen.getByRole('region', { name: 'Таблица' })
    expect(section).toHaveAttribute('id', 'panel-table')
    expect(section).toHaveAttribute('data-panel', 'table')
    expect(findPanel('table')).toEqual({
      id: 'table',
      title: 'Таблица',
      element: section,
    })
    rerender(
      <Panel panel="table" title="Table">
        rows
      </Panel>,
    )
    expect(findPanel('table')?.title).toBe('Table')
    expect(findPanel('table')?.element).toBe(section)
    unmount()
    expect(findPanel('table')).toBeUndefined()
  })
})
