import { SCHEMA_VERSION } from '../schema/values'
import type { z } from 'zod'

import { FILTER_FIELDS } from '../filters/dimensions'
import { formatPath } from '../load/issues'
import { parseJsonText } from '../load/parse-json'
import { type Scene, scenesFileSchema } from '../schema/scene'
import { MAX_SCENES } from './scene-list'

/** The name an exported file is offered under. */
export const SCENES_EXPORT_NAME = 'promkarta-scenes.json'

/** How many located problems a message lists before it stops. */
const MAX_DETAILS = 10

export type ScenesParseResult =
  | { ok: true; scenes: Scene[] }
  | {
      ok: false
      /** The first problem, in Russian, with its place in the file. */
      message: string
      /** Every problem found (up to ten), each located. */
      details: string[]
    }

/**
 * Reads the text of a scenes file (an import). Never throws: anything wrong becomes a
 * message in Russian that says where in the file the problem is.
 */
export function parseScenesText(text: string): ScenesParseResult {
  const json = parseJsonText('', text)
  if (!json.ok) return failure([json.fault.message])
  return parseScenesValue(json.value)
}

/** Checks parsed JSON against the scenes file schema (the bundled `scenes.json`, an import). */
export function parseScenesValue(value: unknown): ScenesParseResult {
  if (!isObject(value) || !('scenes' in value || 'schemaVersion' in value))
    return failure([
      'Это не файл сцен Промкарты: нужен объект { "schemaVersion": 1, "scenes": [ … ] }',
    ])
  const version = value.schemaVersion
  if (version !== SCHEMA_VERSION)
    return failure([
      version === undefined
        ? `Нет поля schemaVersion: эта версия Промкарты читает файлы сцен версии ${SCHEMA_VERSION}`
        : `Версия файла сцен — ${JSON.stringify(version)}, а эта версия Промкарты читает только версию ${SCHEMA_VERSION}`,
    ])
  const { scenes } = value as { scenes?: unknown }
  if (Array.isArray(scenes) && scenes.length > MAX_SCENES)
    return failure([
      `В файле ${scenes.length.toLocaleString('ru-RU')} сцен, а Промкарта читает не больше ${MAX_SCENES} из одного файла: разделите его на части`,
    ])
  const parsed = scenesFileSchema.safeParse(value)
  if (parsed.success) return { ok: true, scenes: parsed.data.scenes }
  return failure(parsed.error.issues.map((issue) => locate(issue, value)))
}

/** The scenes as a file `parseScenesText` reads back; defaults are left out to keep it short. */
export function serialiseScenes(scenes: readonly Scene[]): string {
  const file = { schemaVersion: SCHEMA_VERSION, scenes: scenes.map(compactScene) }
  return `${JSON.stringify(file, null, 2)}\n`
}

/** A scene without the values that are the defaults anyway. */
export function compactScene(scene: Scene): Record<string, unknown> {
  const { filters, select, view, tab, timelineCursor } = scene.state
  const f: Record<string, unknown> = {}
  for (const { key, spec } of FILTER_FIELDS) {
    if (!spec.same(filters[key], spec.default)) f[key] = filters[key]
  }
  const state: Record<string, unknown> = { filters: f }
  if (select) state.select = select
  if (view) state.view = view
  if (tab !== 'charts') state.tab = tab
  if (timelineCursor) state.timelineCursor = timelineCursor
  return {
    id: scene.id,
    title: scene.title,
    caption: scene.caption,
    state,
    ...(scene.panel ? { panel: scene.panel } : {}),
    ...(scene.chart ? { chart: scene.chart } : {}),
    ...(scene.tiles !== undefined ? { tiles: scene.tiles } : {}),
    ...(scene.mapMode ? { mapMode: scene.mapMode } : {}),
  }
}

/** «Сцена №2 (id «x»), поле state.filters.from: …» — the place of a problem, counted from 1. */
function locate(issue: z.core.$ZodIssue, file: Record<string, unknown>): string {
  const [root, index, ...rest] = issue.path
  if (root === 'scenes' && typeof index === 'number') {
    const raw = Array.isArray(file.scenes) ? (file.scenes[index] as unknown) : undefined
    const id = isObject(raw) && typeof raw.id === 'string' ? ` (id «${raw.id}»)` : ''
    const field = rest.length > 0 ? `, поле ${formatPath(rest)}` : ''
    return `Сцена №${index + 1}${id}${field}: ${issue.message}`
  }
  const path = formatPath(issue.path)
  return path ? `Поле ${path}: ${issue.message}` : issue.message
}

function failure(problems: string[]): ScenesParseResult {
  return {
    ok: false,
    message: problems[0] ?? 'Файл сцен заполнен неверно',
    details: problems.slice(0, MAX_DETAILS),
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
