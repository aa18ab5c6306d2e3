/**
 * Interface text of the counting rules: the headline tiles, «Что нового», the timeline's total
 * and the stamp of a panel the filters do not narrow (Russian first; English has the same keys).
 */
export const countingRu = {
  tiles: {
    enterprises: 'Предприятия',
    enterprisesHint:
      'Предприятия региона «{{region}}» (записи вида «предприятие»), прошедшие фильтры. Вторая строка — остальные прошедшие фильтры организации: органы власти, ассоциации, холдинги и предприятия других регионов.',
    others_one: '+ {{formatted}} другая организация',
    others_few: '+ {{formatted}} другие организации',
    others_many: '+ {{formatted}} других организаций',
    others_other: '+ {{formatted}} другой организации',
    parks: 'Парки и ОЭЗ',
    parksHint:
      'Индустриальные парки, особые экономические зоны, технопарки и кластеры, прошедшие фильтры.',
    visits: 'Визиты',
    visitsHint:
      'Межрегиональные визиты из региона «{{region}}» или в него, прошедшие фильтры: период, регион-партнёр, поиск, а отрасль и муниципальное образование — по связанным с визитом организациям.',
    events: 'События',
    eventsHint:
      'События за выбранный период, прошедшие фильтры (отрасль и муниципальное образование — по связанным организациям). То же число — в «Что нового» и на хронологии.',
    total: 'из {{total}}',
  },
  events_one: 'событие',
  events_few: 'события',
  events_many: 'событий',
  events_other: 'события',
  visits_one: '{{formatted}} визит',
  visits_few: '{{formatted}} визита',
  visits_many: '{{formatted}} визитов',
  visits_other: '{{formatted}} визита',
  whatsNew: 'Что нового',
  whatsNewEmpty: 'Под выбранные фильтры не подходит ни одно событие или визит.',
  whatsNewReset: 'Измените или сбросьте фильтры, чтобы увидеть записи.',
  stampNotApplied: 'к этому разделу не применяются',
} as const

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

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
