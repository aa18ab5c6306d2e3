// @vitest-environment node
import { join } from 'node:path'

import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The layer fence in eslint.config.js, proved on real paths: each probe is linted as if it
 * were the text of an existing file, so relative imports resolve exactly as they would there.
 */
const ROOT = join(import.meta.dirname, '..', '..')
const eslint = new ESLint({ cwd: ROOT })

async function fenceErrors(
  file: string,
  code: string,
  rule = 'import-x/no-restricted-paths',
): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) })
  return (result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.message)
}

describe('the layer fence', { timeout: 120_000 }, () => {
  it('stops the domain from importing the store, tests or React panels by a relative path', async () => {
    const errors = await fenceErrors(
      'src/domain/filters/date-range.ts',
      [
        "import { useAppStore } from '../../store/app-store'",
        "import { fixture } from '../../testing/fixtures'",
        "import { Panel } from '../../shared/ui/panel'",
        'export const probe = [useAppStore, fixture, Panel]',
      ].join('\n'),
    )
    expect(errors).toHaveLength(3)
    expect(errors[0]).toContain('shared ← domain ← store ← features ← app')
    expect(errors[1]).toContain('src/testing is for tests only')
    expect(errors[2]).toContain('free of React')
  })

  it('stops one feature from importing another, by alias or relative path', async () => {
    const errors = await fenceErrors(
      'src/features/map/map-bounds.ts',
      [
        "import { ChartsPanel } from '../charts/charts-panel'",
        "import { KpiTiles } from '@/features/kpi/kpi-tiles'",
        'export const probe = [ChartsPanel, KpiTiles]',
      ].join('\n'),
    )
    expect(errors).toHaveLength(2)
    for (const error of errors)
      expect(error).toContain('Features never import each other')
  })

  it('stops a lower layer from importing the app', async () => {
    const errors = await fenceErrors(
      'src/store/view-slice.ts',
      "import { App } from '../app/app'\nexport const probe = App\n",
    )
    expect(errors).toEqual([
      expect.stringContaining('"../app/app" imported in restricted zone'),
    ])
  })

  it('reports an import cycle', async () => {
    const errors = await fenceErrors(
      'src/shared/format/safe-url.ts',
      "import { ExternalLink } from '../ui/external-link'\nexport const probe = ExternalLink\n",
      'import-x/no-cycle',
    )
    expect(errors).toEqual(['Dependency cycle detected'])
  })

  it('lets imports that follow the layers through', async () => {
    const errors = await fenceErrors(
      'src/domain/filters/date-range.ts',
      [
        "import { formatDate } from '../../shared/format/format'",
        "import { SCHEMA_VERSION } from '../schema/common'",
        'export const probe = [formatDate, SCHEMA_VERSION]',
      ].join('\n'),
    )
    expect(errors).toEqual([])
    const cycles = await fenceErrors(
      'src/domain/filters/date-range.ts',
      "import { SCHEMA_VERSION } from '../schema/common'\nexport const probe = SCHEMA_VERSION\n",
      'import-x/no-cycle',
    )
    expect(cycles).toEqual([])
  })
})
