import { z } from 'zod'

import { DATE_PRECISIONS } from '@/shared/format/format'

import {
  ID_PATTERN,
  ISO_DATE_PATTERN,
  REGION_ID_PATTERN,
  isRealCalendarDate,
} from './values'

// Data issues are reported in Russian, the language of the people who edit the data.
// `jitless`: the app runs under a CSP without 'unsafe-eval', and zod's compiled parsers need eval.
z.config({ ...z.locales.ru(), jitless: true })

/** A stable record id: letters, digits, `.`, `_`, `-`; starts with a letter or digit. */
export const idSchema = z.string().regex(ID_PATTERN, {
  message: 'Идентификатор: латинские буквы, цифры, «.», «_», «-» (до 100 знаков)',
})

/** ISO 3166-2 subdivision code, e.g. `RU-SMO`, `BY-VI`. */
export const regionIdSchema = z.string().regex(REGION_ID_PATTERN, {
  message: 'Код региона по ISO 3166-2, например RU-SMO',
})

/**
 * Text that is not blank. Checked, never changed (no trimming): the schemas change nothing, so
 * a record the fast first check passes (`load/fast-check.ts`) can be used as it is in the file.
 */
export const nonBlankSchema = z
  .string()
  .regex(/\S/, { message: 'Текст не может быть пустым' })

/** Text in Russian (required) and English (where known). */
export const localizedTextSchema = z.strictObject({
  ru: nonBlankSchema,
  en: nonBlankSchema.optional(),
})

const confidenceLevelSchema = z.enum(['high', 'medium', 'low'])

/** Confidence of the record as a whole and, where it differs, of single facts. */
export const confidenceSchema = z.strictObject({
  record: confidenceLevelSchema,
  location: confidenceLevelSchema.optional(),
  date: confidenceLevelSchema.optional(),
  founded: confidenceLevelSchema.optional(),
  industries: confidenceLevelSchema.optional(),
  municipality: confidenceLevelSchema.optional(),
  description: confidenceLevelSchema.optional(),
})

/** Where a record comes from: the seed articles or other public sources. */
export const originSchema = z.enum(['seed', 'public'])

/** Only http(s) links are accepted; `javascript:`, `data:` and the like are rejected. */
export const httpUrlSchema = z.url({
  protocol: /^https?$/,
  message: 'Ссылка должна начинаться с http:// или https://',
})

/** `YYYY-MM` or `YYYY-MM-DD`, a real calendar date. */
export const isoDateSchema = z
  .string()
  .regex(ISO_DATE_PATTERN, { message: 'Дата в формате ГГГГ-ММ или ГГГГ-ММ-ДД' })
  .refine(isRealCalendarDate, { message: 'Такой даты нет в календаре' })

/** A full day, `YYYY-MM-DD`. */
export const isoDaySchema = isoDateSchema.refine((value) => value.length === 10, {
  message: 'Нужна полная дата ГГГГ-ММ-ДД',
})

export const datePrecisionSchema = z.enum(DATE_PRECISIONS)

const locationPrecisionSchema = z.enum(['site', 'settlement', 'stand-in', 'unknown'])

/** A value as a person reads it in a message: `Infinity`, `NaN`, `"abc"`, `500`. */
function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(value)
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

/** A finite number in ±`limit`, with a message that names the value and the rule. */
function coordinateSchema(label: string, limit: number) {
  const error = (issue: { input?: unknown }) =>
    `${label} ${describeValue(issue.input)}: нужно число от −${limit} до ${limit}`
  return z.number({ error }).min(-limit, { error }).max(limit, { error })
}

export const latitudeSchema = coordinateSchema('широта', 90)
export const longitudeSchema = coordinateSchema('долгота', 180)

/**
 * A position and how precise it is. `stand-in` is a nearby settlement centre given only so a
 * marker can exist; `unknown` has no coordinates at all.
 */
export const locationSchema = z
  .strictObject({
    lat: latitudeSchema.optional(),
    lon: longitudeSchema.optional(),
    precision: locationPrecisionSchema,
    note: localizedTextSchema.optional(),
  })
  .superRefine((location, ctx) => {
    for (const problem of locationProblems(location))
      ctx.addIssue({ code: 'custom', ...problem })
  })

/** What is wrong with a position's coordinates for its precision; empty when nothing is. */
export function locationProblems(location: {
  lat?: number
  lon?: number
  precision: string
}): { path: string[]; message: string }[] {
  const hasCoordinates = location.lat !== undefined || location.lon !== undefined
  if (location.precision === 'unknown')
    return hasCoordinates
      ? [
          {
            path: ['precision'],
            message: 'При точности «unknown» координаты не указываются',
          },
        ]
      : []
  return (['lat', 'lon'] as const)
    .filter((key) => location[key] === undefined)
    .map((key) => ({
      path: [key],
      message: `Нужна координата ${key} (или точность «unknown»)`,
    }))
}

export const sourceIdsSchema = z
  .array(idSchema)
  .min(1, { message: 'Нужен хотя бы один источник' })

/** A person named by a visit or an event (people are not records of their own). */
export const personSchema = z.strictObject({
  name: localizedTextSchema,
  role: localizedTextSchema.optional(),
})

/**
 * Adds an issue when `date` does not have the shape its `datePrecision` needs:
 * `month` takes `YYYY-MM`, `day` and `on-or-before` take `YYYY-MM-DD`.
 */
export function checkDateMatchesPrecision(
  record: { date: string; datePrecision: z.infer<typeof datePrecisionSchema> },
  ctx: z.RefinementCtx,
): void {
  const problem = datePrecisionProblem(record)
  if (problem) ctx.addIssue({ code: 'custom', path: ['date'], message: problem })
}

/** Why `date` does not fit its `datePrecision`; `undefined` when it does. */
export function datePrecisionProblem(record: {
  date: string
  datePrecision: string
}): string | undefined {
  const isMonth = record.date.length === 7
  if (record.datePrecision === 'month' && !isMonth)
    return 'При точности «month» дата пишется как ГГГГ-ММ'
  if (record.datePrecision !== 'month' && isMonth)
    return `При точности «${record.datePrecision}» нужна полная дата ГГГГ-ММ-ДД`
  return undefined
}

export type LocalizedText = z.infer<typeof localizedTextSchema>
export type Confidence = z.infer<typeof confidenceSchema>
export type ConfidenceLevel = z.infer<typeof confidenceLevelSchema>
export type Location = z.infer<typeof locationSchema>
export type LocationPrecision = z.infer<typeof locationPrecisionSchema>
