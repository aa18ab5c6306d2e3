import type { NewsEvent, Visit } from '../schema/records'

/**
 * Events that report a visit already listed (type `visit`, linked by `visit`) are left out,
 * so one delegation is counted and listed once, as the visit itself.
 */
export function withoutListedVisits(
  events: readonly NewsEvent[],
  visits: readonly Visit[],
): readonly NewsEvent[] {
  const listed = new Set(visits.map((v) => v.id))
  return events.filter((e) => !(e.type === 'visit' && e.visit && listed.has(e.visit)))
}
