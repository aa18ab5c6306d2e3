import type { Datasets } from '../schema/datasets'
import type { NewsEvent, Visit } from '../schema/records'

/** Visits and events that name a record (as a site, organisation or linked entity). */
export function relatedTo(
  datasets: Pick<Datasets, 'visits' | 'events'>,
  id: string,
): { visits: Visit[]; events: NewsEvent[] } {
  return {
    visits: datasets.visits.filter(
      (v) =>
        v.sitesVisited?.includes(id) === true || v.organisations?.includes(id) === true,
    ),
    events: datasets.events.filter((e) => e.entities?.includes(id) === true),
  }
}
