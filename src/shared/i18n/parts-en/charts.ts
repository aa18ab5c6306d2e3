import type { chartsRu } from '../parts/charts'

export const chartsEn: { [K in keyof typeof chartsRu]: string } = {
  title: 'Cooperation',
  label: 'Cooperation charts',
  regionsTitle_one: 'Visits by partner region: {{count, number}} visit',
  regionsTitle_few: 'Visits by partner region: {{count, number}} visits',
  regionsTitle_many: 'Visits by partner region: {{count, number}} visits',
  regionsTitle_other: 'Visits by partner region: {{count, number}} visits',
  flowsTitle_one:
    'Cooperation: partner region → organisation → industry, {{count, number}} visit',
  flowsTitle_few:
    'Cooperation: partner region → organisation → industry, {{count, number}} visits',
  flowsTitle_many:
    'Cooperation: partner region → organisation → industry, {{count, number}} visits',
  flowsTitle_other:
    'Cooperation: partner region → organisation → industry, {{count, number}} visits',
  industriesTitle_one: 'Enterprises and parks by industry: {{count, number}} record',
  industriesTitle_few: 'Enterprises and parks by industry: {{count, number}} records',
  industriesTitle_many: 'Enterprises and parks by industry: {{count, number}} records',
  industriesTitle_other: 'Enterprises and parks by industry: {{count, number}} records',
  municipalitiesTitle_one:
    'Enterprises and parks by municipality: {{count, number}} record',
  municipalitiesTitle_few:
    'Enterprises and parks by municipality: {{count, number}} records',
  municipalitiesTitle_many:
    'Enterprises and parks by municipality: {{count, number}} records',
  municipalitiesTitle_other:
    'Enterprises and parks by municipality: {{count, number}} records',
  filtered: '{{title}} (filtered)',
  regionsNote:
    'A visit counts for the region the delegation was exchanged with; a visit between two other regions counts for the region the delegation came from.',
  flowsNote:
    'Flow width is the number of visits that name the organisation among the sites visited or the participants.',
  industriesNote: 'A record with several industries counts in each of them.',
  flowsCapped:
    'The largest links are shown ({{shown, number}} of {{total, number}}); the other organisations are merged into “{{rest}}”.',
  dimmed:
    'Values outside the selection are dimmed; press one to add it to the selection.',
  clear: 'Clear selection',
  dataTable: 'Data table',
  region: 'Partner region',
  industry: 'Industry',
  municipality: 'Municipality',
  from: 'From',
  to: 'To',
  visits: 'Visits',
  places: 'Records',
  rest: 'Others',
  restPlaces: 'Other organisations',
  unspecified: 'Not stated',
  emptyVisits: 'The filters leave no visits that can be assigned to a partner region.',
  emptyFlows:
    'The filters leave no visits that name an enterprise or organisation of the region.',
  emptyPlaces: 'The filters leave no enterprises or parks to count.',
}
