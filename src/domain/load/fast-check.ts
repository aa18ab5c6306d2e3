import { isRealCalendarDate, type DatasetKind } from '../schema/values'
import { datePrecisionProblem, httpUrlSchema, locationProblems } from '../schema/common'
import * as compiled from '../schema/generated/record-checks'

/** True only for a valid record; `false` sends it to the full validation, which says why. */
export type FastCheck = (raw: unknown) => boolean

interface PlaceShape {
  location: { lat?: number; lon?: number; precision: string }
  website?: string
}

interface DatedShape {
  date: string
  datePrecision: string
  endDate?: string
}

const placeRulesHold = (raw: unknown): boolean => {
  const { location, website } = raw as PlaceShape
  return (
    locationProblems(location).length === 0 &&
    (website === undefined || httpUrlSchema.safeParse(website).success)
  )
}

const dateRulesHold = (raw: unknown): boolean => {
  const { date, datePrecision, endDate } = raw as DatedShape
  return (
    isRealCalendarDate(date) &&
    (endDate === undefined || isRealCalendarDate(endDate)) &&
    datePrecisionProblem({ date, datePrecision }) === undefined
  )
}

/**
 * A first check of the large record kinds, about ten times faster than zod: the structure by
 * the JSON Schema compiled at build time (`npm run build:schema`), then the rules JSON Schema
 * cannot express, by the same functions the zod schemas use (positions, real dates, date
 * precision, http(s) links). A record it passes is valid and used as it is in the file (the
 * schemas change nothing); any other goes through zod, which finds and words the problems.
 * Loaded only for large files: the compiled checks would double the start-up JavaScript.
 */
export const FAST_CHECKS: Partial<Record<DatasetKind, FastCheck>> = {
  enterprises: (raw) => compiled.enterprises(raw) && placeRulesHold(raw),
  parks: (raw) => compiled.parks(raw) && placeRulesHold(raw),
  visits: (raw) => compiled.visits(raw) && dateRulesHold(raw),
  events: (raw) => compiled.events(raw) && dateRulesHold(raw),
}
