import type { NewsEvent, Visit } from '../schema/records'

/**
 * The enterprises and parks a visit or an event is linked with: a visit's `organisations` and
 * `sitesVisited`, an event's `entities`. Industry and municipality filters narrow visits and
 * events through these; partner regions narrow places through the visits and events that
 * link them; «Что нового» names them.
 */
export function visitPlaceIds(visit: Visit): readonly string[] {
  const { organisations, sitesVisited } = visit
  if (!sitesVisited?.length) return organisations ?? []
  if (!organisations?.length) return sitesVisited
  return [...new Set([...organisations, ...sitesVisited])]
}

export function eventPlaceIds(event: NewsEvent): readonly string[] {
  return event.entities ?? []
}
