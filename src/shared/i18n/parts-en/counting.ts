import type { Widen } from '../types'
import type { countingRu } from '../parts/counting'

export const countingEn: Widen<typeof countingRu> = {
  tiles: {
    enterprises: 'Enterprises',
    enterprisesHint:
      'Enterprises of {{region}} (records of kind «enterprise») that pass the filters. The second line: the other organisations that pass the filters — government bodies, associations, holdings and enterprises of other regions.',
    others_one: '+ {{formatted}} other organisation',
    others_few: '+ {{formatted}} other organisations',
    others_many: '+ {{formatted}} other organisations',
    others_other: '+ {{formatted}} other organisations',
    parks: 'Parks and SEZ',
    parksHint:
      'Industrial parks, special economic zones, technoparks and clusters that pass the filters.',
    visits: 'Visits',
    visitsHint:
      'Interregional visits from or to {{region}} that pass the filters: period, partner region, search, and industry and municipality through the organisations the visit links.',
    events: 'Events',
    eventsHint:
      'Events in the chosen period that pass the filters (industry and municipality through the organisations they link). The same number is in «What’s new» and on the timeline.',
    total: 'of {{total}}',
  },
  events_one: 'event',
  events_few: 'events',
  events_many: 'events',
  events_other: 'events',
  visits_one: '{{formatted}} visit',
  visits_few: '{{formatted}} visits',
  visits_many: '{{formatted}} visits',
  visits_other: '{{formatted}} visits',
  whatsNew: 'What’s new',
  whatsNewEmpty: 'No event or visit matches the chosen filters.',
  whatsNewReset: 'Change or reset the filters to see records.',
  stampNotApplied: 'do not apply to this section',
}
