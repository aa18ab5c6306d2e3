import { z } from 'zod'

import {
  checkDateMatchesPrecision,
  confidenceSchema,
  datePrecisionSchema,
  httpUrlSchema,
  idSchema,
  isoDateSchema,
  localizedTextSchema,
  locationSchema,
  originSchema,
  personSchema,
  regionIdSchema,
  sourceIdsSchema,
} from './common'
import { ENTERPRISE_KINDS, EVENT_TYPES, PARK_KINDS, RELEVANCES } from './values'

const foundedSchema = z.strictObject({
  year: z.number().int().min(800).max(2100),
  note: localizedTextSchema.optional(),
})

/** Fields every organisation-like record shares (enterprises and parks). */
const placeFields = {
  id: idSchema,
  name: localizedTextSchema,
  shortName: localizedTextSchema.optional(),
  industries: z.array(idSchema).min(1, { message: 'Нужна хотя бы одна отрасль' }),
  region: regionIdSchema,
  municipality: idSchema.optional(),
  location: locationSchema,
  founded: foundedSchema.optional(),
  website: httpUrlSchema.optional(),
  description: localizedTextSchema.optional(),
  notes: localizedTextSchema.optional(),
  origin: originSchema,
  confidence: confidenceSchema,
  sources: sourceIdsSchema,
}

const enterpriseKindSchema = z.enum(ENTERPRISE_KINDS)

/** An enterprise or another organisation (holding, association, government body). */
export const enterpriseSchema = z.strictObject({
  ...placeFields,
  kind: enterpriseKindSchema,
  park: idSchema.optional(),
})

const parkKindSchema = z.enum(PARK_KINDS)

/** An industrial park, special economic zone, technopark or cluster. */
export const parkSchema = z.strictObject({
  ...placeFields,
  kind: parkKindSchema,
  ownership: z.enum(['state', 'private', 'unknown']).optional(),
  areaHa: z.number().positive().optional(),
})

/**
 * An interregional visit of a delegation, from `fromRegion` to `toRegion`. `fromRegion` is left
 * out when the sources do not say where the delegation came from; no arrow is drawn then.
 */
export const visitSchema = z
  .strictObject({
    id: idSchema,
    title: localizedTextSchema,
    date: isoDateSchema,
    datePrecision: datePrecisionSchema,
    endDate: isoDateSchema.optional(),
    fromRegion: regionIdSchema.optional(),
    toRegion: regionIdSchema,
    delegation: localizedTextSchema.optional(),
    hosts: localizedTextSchema.optional(),
    people: z.array(personSchema).optional(),
    organisations: z.array(idSchema).optional(),
    sitesVisited: z.array(idSchema).optional(),
    topics: z.array(localizedTextSchema).optional(),
    outcomes: z.array(localizedTextSchema).optional(),
    summary: localizedTextSchema.optional(),
    notes: localizedTextSchema.optional(),
    origin: originSchema,
    confidence: confidenceSchema,
    sources: sourceIdsSchema,
  })
  .superRefine(checkDateMatchesPrecision)

export const eventTypeSchema = z.enum(EVENT_TYPES)

/** How an event bears on Smolensk industry; the default view shows `smolensk-industry`. */
export const relevanceSchema = z.enum(RELEVANCES)

/** A dated news event. `entities` are ids of enterprises or parks it names. */
export const eventSchema = z
  .strictObject({
    id: idSchema,
    title: localizedTextSchema,
    date: isoDateSchema,
    datePrecision: datePrecisionSchema,
    type: eventTypeSchema,
    relevance: relevanceSchema,
    regions: z.array(regionIdSchema),
    entities: z.array(idSchema).optional(),
    visit: idSchema.optional(),
    people: z.array(personSchema).optional(),
    summary: localizedTextSchema.optional(),
    notes: localizedTextSchema.optional(),
    origin: originSchema,
    confidence: confidenceSchema,
    sources: sourceIdsSchema,
  })
  .superRefine(checkDateMatchesPrecision)

export type Enterprise = z.infer<typeof enterpriseSchema>
export type EnterpriseKind = z.infer<typeof enterpriseKindSchema>
export type Park = z.infer<typeof parkSchema>
export type ParkKind = z.infer<typeof parkKindSchema>
export type Visit = z.infer<typeof visitSchema>
export type NewsEvent = z.infer<typeof eventSchema>
export type EventType = z.infer<typeof eventTypeSchema>
export type Relevance = z.infer<typeof relevanceSchema>
