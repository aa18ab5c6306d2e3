import { z } from 'zod'

import type { ItemRule, SceneField } from '../filters/dimension-kit'
import { FILTER_FIELDS, type FilterKey, type Filters } from '../filters/dimensions'
import { idSchema, isoDaySchema, localizedTextSchema, regionIdSchema } from './common'
import { SCHEMA_VERSION } from './values'
import type { PanelId } from '@/shared/panels/panel-ids'

function itemSchema(rule: ItemRule<string>): z.ZodType<string> {
  switch (rule.kind) {
    case 'id':
      return idSchema
    case 'region-id':
      return regionIdSchema
    case 'one-of':
      return z.enum(rule.values)
  }
}

/**
 * The schema of one field of the filter table in a scene, with the field's default. Typed as
 * any schema: which field it is for is known only by the table's key (see the cast below).
 */
function sceneFieldSchema(field: SceneField): z.ZodType {
  switch (field.type) {
    case 'list':
      return z.array(itemSchema(field.item)).default(() => [...field.fallback])
    case 'day':
      return isoDaySchema.nullable().default(null)
    case 'text':
      return z.string().max(field.max).default('')
  }
}

/**
 * The filters a scene sets, one field per field of the filter table, each with its default: a
 * list left out means "all", as in a link; relevance left out is the default (Smolensk
 * industry news), so a hand-written scene stays short.
 */
const filterFieldSchemas: Record<string, z.ZodType> = Object.fromEntries(
  FILTER_FIELDS.map(({ key, spec }) => [key, sceneFieldSchema(spec.scene)]),
)

const sceneFiltersSchema = z
  .strictObject(
    filterFieldSchemas as {
      [K in FilterKey]: z.ZodDefault<z.ZodType<Filters[K]>>
    },
  )
  .refine((f) => f.from === null || f.to === null || f.from <= f.to, {
    path: ['to'],
    message: 'Конец периода раньше его начала',
  })

/** A map centre and zoom, within the bounds a link accepts. */
const sceneViewSchema = z.strictObject({
  lat: z.number().min(-85).max(85),
  lon: z.number().min(-180).max(180),
  zoom: z.number().min(1).max(18),
})

/** What a scene shows: a shared link's state plus the timeline cursor (language excluded). */
const sceneStateSchema = z.strictObject({
  filters: sceneFiltersSchema.prefault({}),
  select: idSchema.nullable().default(null),
  view: sceneViewSchema.nullable().default(null),
  tab: z
    .enum([
      'whatsnew',
      'details',
      'charts',
      'table',
      'quality',
      'scenes',
    ] as const satisfies readonly PanelId[])
    .default('charts'),
  timelineCursor: isoDaySchema.nullable().default(null),
})

/** Which panel a presentation shows large for the scene: its slide's one hero panel. */
const scenePanelSchema = z.enum([
  'map',
  'timeline',
  'charts',
  'whatsnew',
  'details',
] as const satisfies readonly PanelId[])

/** The charts of the charts panel, by id: the one a slide shows when its hero is `charts`. */
const CHART_IDS = ['flows', 'regions', 'industries', 'municipalities'] as const

const sceneChartSchema = z.enum(CHART_IDS)

/**
 * How the map shows places in a scene: each place as a marker (`points`), or the count per
 * municipality as a proportional symbol at its centre (`municipal`).
 */
const sceneMapModeSchema = z.enum(['points', 'municipal'])

/** One step of a presentation: a titled, captioned view of the dashboard. */
export const sceneSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  caption: localizedTextSchema,
  state: sceneStateSchema,
  panel: scenePanelSchema.optional(),
  /** The one chart of a `charts` slide (all of them when left out); ignored by other panels. */
  chart: sceneChartSchema.optional(),
  /** Show the headline tiles above the hero panel. */
  tiles: z.boolean().optional(),
  mapMode: sceneMapModeSchema.optional(),
})

/** `scenes.json` in the data folder, and the file the scenes panel exports and imports. */
export const scenesFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    scenes: z.array(sceneSchema),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>()
    file.scenes.forEach((scene, index) => {
      if (seen.has(scene.id))
        ctx.addIssue({
          code: 'custom',
          path: ['scenes', index, 'id'],
          message: `Идентификатор «${scene.id}» уже есть у другой сцены`,
        })
      seen.add(scene.id)
    })
  })

export type Scene = z.infer<typeof sceneSchema>
export type SceneState = z.infer<typeof sceneStateSchema>
export type ScenePanel = z.infer<typeof scenePanelSchema>
export type ChartId = z.infer<typeof sceneChartSchema>
