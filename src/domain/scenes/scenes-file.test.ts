import { describe, expect, it } from 'vitest'

import { type Scene, sceneSchema } from '../schema/scene'
import { MAX_SCENES, mergeScenes } from './scene-list'
import { parseScenesText, parseScenesValue, serialiseScenes } from './scenes-file'

const scenes: Scene[] = [
  sceneSchema.parse({
    id: 'scene-overview',
    title: { ru: 'Обзор', en: 'Overview' },
    caption: { ru: 'Вся область' },
    state: { view: { lat: 54.75, lon: 33.1, zoom: 7 } },
    panel: 'map',
  }),
  sceneSchema.parse({
    id: 'scene-parks',
    title: { ru: 'Парки' },
    caption: { ru: 'Парки и ОЭЗ' },
    state: {
      filters: {
        kinds: ['industrial-park', 'sez'],
        relevance: ['smolensk-industry', 'neighbour-industry'],
        q: 'Стабна',
      },
      select: 'sez-stabna',
      tab: 'table',
      timelineCursor: '2025-09-30',
    },
  }),
]

/** What the panel does with an import: add the scenes only when the whole file is good. */
function importInto(existing: Scene[], text: string) {
  const parsed = parseScenesText(text)
  return parsed.ok
    ? { list: mergeScenes(existing, parsed.scenes).list, parsed }
    : { list: existing, parsed }
}

describe('export and import', () => {
  it('reads back exactly the scenes it wrote', () => {
    const text = serialiseScenes(scenes)
    const parsed = parseScenesText(text)
    expect(parsed).toEqual({ ok: true, scenes })
    expect(importInto([], text).list).toEqual(scenes)
  })

  it('writes a short file: defaults are left out', () => {
    const file = JSON.parse(serialiseScenes(scenes)) as {
      schemaVersion: number
      scenes: { state: Record<string, unknown> }[]
    }
    expect(file.schemaVersion).toBe(1)
    expect(file.scenes[0]?.state).toEqual({
      filters: {},
      view: { lat: 54.75, lon: 33.1, zoom: 7 },
    })
  })

  it('skips scenes already in the list when the same file is imported twice', () => {
    const text = serialiseScenes(scenes)
    expect(importInto(scenes, text).list).toEqual(scenes)
  })
})

describe('a bad file', () => {
  const existing = scenes.slice(0, 1)
  function rejected(text: string): string[] {
    const { list, parsed } = importInto(existing, text)
    expect(list).toBe(existing)
    if (parsed.ok) throw new Error('accepted a bad file')
    expect(parsed.details[0]).toBe(parsed.message)
    return parsed.details
  }

  it('that is not JSON says so', () => {
    expect(rejected('{ "schemaVersion": 1, ')[0]).toMatch(
      /^Файл не является корректным JSON/,
    )
    expect(rejected('')[0]).toBe('Файл пуст')
    expect(rejected('<!doctype html><p>404')[0]).toMatch(/HTML-страница/)
  })

  it('that is some other JSON says it is not a scenes file', () => {
    expect(rejected('[1, 2]')[0]).toMatch(/^Это не файл сцен Промкарты/)
    expect(rejected('{"records": []}')[0]).toMatch(/^Это не файл сцен Промкарты/)
  })

  it('of another version names both versions', () => {
    const text = JSON.stringify({ schemaVersion: 2, scenes: [] })
    expect(rejected(text)).toEqual([
      'Версия файла сцен — 2, а эта версия Промкарты читает только версию 1',
    ])
    expect(rejected(JSON.stringify({ scenes: [] }))[0]).toMatch(/^Нет поля schemaVersion/)
  })

  it('with a bad field says which scene and which field', () => {
    const file = JSON.parse(serialiseScenes(scenes)) as {
      scenes: { state: { filters: Record<string, unknown> } }[]
    }
    const second = file.scenes[1]
    if (second) second.state.filters.from = '2025-13-01'
    const details = rejected(JSON.stringify(file))
    expect(details[0]).toMatch(
      /^Сцена №2 \(id «scene-parks»\), поле state\.filters\.from: /,
    )
  })

  it('with a missing title, an unknown panel or two scenes of one id lists each problem', () => {
    const details = rejected(
      JSON.stringify({
        schemaVersion: 1,
        scenes: [
          { id: 'a', caption: { ru: 'x' }, state: {} },
          {
            id: 'b',
            title: { ru: 'b' },
            caption: { ru: 'x' },
            state: {},
            panel: 'table',
          },
          { id: 'b', title: { ru: 'b2' }, caption: { ru: 'x' }, state: {} },
        ],
      }),
    )
    expect(details).toHaveLength(2)
    expect(details[0]).toMatch(/^Сцена №1 \(id «a»\), поле title: /)
    expect(details[1]).toMatch(/^Сцена №2 \(id «b»\), поле panel: /)
    const duplicate = parseScenesValue({
      schemaVersion: 1,
      scenes: [scenes[0], scenes[0]],
    })
    expect(duplicate.ok || duplicate.message).toMatch(
      /^Сцена №2 \(id «scene-overview»\), поле id: Идентификатор «scene-overview» уже есть/,
    )
  })

  it('with a period that ends before it starts is refused', () => {
    const details = rejected(
      JSON.stringify({
        schemaVersion: 1,
        scenes: [
          {
            id: 'a',
            title: { ru: 'a' },
            caption: { ru: 'a' },
            state: { filters: { from: '2025-12-01', to: '2025-11-01' } },
          },
        ],
      }),
    )
    expect(details[0]).toBe(
      'Сцена №1 (id «a»), поле state.filters.to: Конец периода раньше его начала',
    )
  })
})

describe('the slide fields: hero panel, its chart and the tiles', () => {
  it('reads a scene that names its hero panel, chart and tiles, and writes them back', () => {
    const file = {
      schemaVersion: 1,
      scenes: [
        {
          id: 'flows',
          title: { ru: 'Кооперация' },
          caption: { ru: 'Потоки' },
          state: {},
          panel: 'charts',
          chart: 'flows',
          tiles: true,
        },
        {
          id: 'news',
          title: { ru: 'Новое' },
          caption: { ru: 'Последнее' },
          state: {},
          panel: 'whatsnew',
          tiles: false,
        },
        {
          id: 'card',
          title: { ru: 'Карточка' },
          caption: { ru: 'СмАЗ' },
          state: { select: 'ent-smaz' },
          panel: 'details',
        },
      ],
    }
    const parsed = parseScenesValue(file)
    if (!parsed.ok) throw new Error(parsed.message)
    expect(parsed.scenes.map((s) => [s.panel, s.chart, s.tiles])).toEqual([
      ['charts', 'flows', true],
      ['whatsnew', undefined, false],
      ['details', undefined, undefined],
    ])
    const again = parseScenesText(serialiseScenes(parsed.scenes))
    expect(again).toEqual({ ok: true, scenes: parsed.scenes })
    const written = JSON.parse(serialiseScenes(parsed.scenes)) as {
      scenes: Record<string, unknown>[]
    }
    expect(written.scenes[0]).toMatchObject({
      panel: 'charts',
      chart: 'flows',
      tiles: true,
    })
    expect(written.scenes[1]).toMatchObject({ panel: 'whatsnew', tiles: false })
    expect(written.scenes[2]).not.toHaveProperty('chart')
    expect(written.scenes[2]).not.toHaveProperty('tiles')
  })

  it('still reads a file written before them (no chart, no tiles, the old panels)', () => {
    const old = {
      $schema: './schema/scenes.schema.json',
      schemaVersion: 1,
      scenes: [
        { id: 'a', title: { ru: 'А' }, caption: { ru: 'А' }, state: { filters: {} } },
        {
          id: 'b',
          title: { ru: 'Б' },
          caption: { ru: 'Б' },
          state: {},
          panel: 'map',
          mapMode: 'municipal',
        },
        {
          id: 'c',
          title: { ru: 'В' },
          caption: { ru: 'В' },
          state: { tab: 'table' },
          panel: 'timeline',
        },
        { id: 'd', title: { ru: 'Г' }, caption: { ru: 'Г' }, state: {}, panel: 'charts' },
      ],
    }
    const parsed = parseScenesValue(old)
    if (!parsed.ok) throw new Error(parsed.message)
    expect(parsed.scenes.map((s) => s.panel)).toEqual([
      undefined,
      'map',
      'timeline',
      'charts',
    ])
    expect(
      parsed.scenes.every((s) => s.chart === undefined && s.tiles === undefined),
    ).toBe(true)
    expect(parsed.scenes[1]?.mapMode).toBe('municipal')
  })

  it('rejects an unknown chart or panel and a tiles flag that is not a boolean, saying where', () => {
    const scene = { id: 'x', title: { ru: 'Х' }, caption: { ru: 'Х' }, state: {} }
    const bad = (extra: Record<string, unknown>) => {
      const parsed = parseScenesValue({
        schemaVersion: 1,
        scenes: [{ ...scene, ...extra }],
      })
      return parsed.ok ? null : parsed.message
    }
    expect(bad({ panel: 'charts', chart: 'pie' })).toMatch(
      /^Сцена №1 \(id «x»\), поле chart:/,
    )
    expect(bad({ panel: 'table' })).toMatch(/^Сцена №1 \(id «x»\), поле panel:/)
    expect(bad({ tiles: 'yes' })).toMatch(/^Сцена №1 \(id «x»\), поле tiles:/)
  })
})

describe('the number of scenes', () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      id: `scene-${i}`,
      title: { ru: `Сцена ${i}` },
      caption: { ru: 'Подпись' },
      state: {},
    }))

  it('refuses a file with more scenes than the cap, saying how many and the cap', () => {
    const parsed = parseScenesValue({ schemaVersion: 1, scenes: many(MAX_SCENES + 1) })
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.message).toContain(`${MAX_SCENES + 1}`)
    expect(parsed.message).toContain(`не больше ${MAX_SCENES}`)
    expect(parseScenesValue({ schemaVersion: 1, scenes: many(MAX_SCENES) }).ok).toBe(true)
  })

  it('adds to a list only up to the cap, and counts what did not fit', () => {
    const own = many(MAX_SCENES - 2).map((raw) => sceneSchema.parse(raw))
    const incoming = many(5).map((raw, i) =>
      sceneSchema.parse({ ...raw, id: `new-${i}`, title: { ru: `Новая ${i}` } }),
    )
    const merged = mergeScenes(own, incoming)
    expect(merged.list).toHaveLength(MAX_SCENES)
    expect(merged).toMatchObject({ added: 2, full: 3, skipped: 0 })
  })
})
