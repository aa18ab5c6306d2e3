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
