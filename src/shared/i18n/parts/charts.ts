/** Interface text of the cooperation charts (Russian first; English has the same keys). */
export const chartsRu = {
  title: 'Кооперация',
  label: 'Графики кооперации',
  regionsTitle_one: 'Визиты по регионам-партнёрам: {{count, number}} визит',
  regionsTitle_few: 'Визиты по регионам-партнёрам: {{count, number}} визита',
  regionsTitle_many: 'Визиты по регионам-партнёрам: {{count, number}} визитов',
  regionsTitle_other: 'Визиты по регионам-партнёрам: {{count, number}} визита',
  flowsTitle_one:
    'Кооперация: регион-партнёр → организация области → отрасль, {{count, number}} визит',
  flowsTitle_few:
    'Кооперация: регион-партнёр → организация области → отрасль, {{count, number}} визита',
  flowsTitle_many:
    'Кооперация: регион-партнёр → организация области → отрасль, {{count, number}} визитов',
  flowsTitle_other:
    'Кооперация: регион-партнёр → организация области → отрасль, {{count, number}} визита',
  industriesTitle_one: 'Предприятия и парки по отраслям: {{count, number}} объект',
  industriesTitle_few: 'Предприятия и парки по отраслям: {{count, number}} объекта',
  industriesTitle_many: 'Предприятия и парки по отраслям: {{count, number}} объектов',
  industriesTitle_other: 'Предприятия и парки по отраслям: {{count, number}} объекта',
  municipalitiesTitle_one:
    'Предприятия и парки по муниципальным образованиям: {{count, number}} объект',
  municipalitiesTitle_few:
    'Предприятия и парки по муниципальным образованиям: {{count, number}} объекта',
  municipalitiesTitle_many:
    'Предприятия и парки по муниципальным образованиям: {{count, number}} объектов',
  municipalitiesTitle_other:
    'Предприятия и парки по муниципальным образованиям: {{count, number}} объекта',
  filtered: '{{title}} (с учётом фильтров)',
  regionsNote:
    'Визит относится к региону, с которым область обменялась делегацией; визит между двумя другими регионами — к региону, откуда приехала делегация.',
  flowsNote:
    'Ширина потока — число визитов, в которых организация области названа среди посещённых или участников.',
  industriesNote: 'Объект с несколькими отраслями учтён в каждой из них.',
  flowsCapped:
    'Показаны крупнейшие связи ({{shown, number}} из {{total, number}}); остальные организации объединены в «{{rest}}».',
  dimmed: 'Приглушены значения вне выбора; нажмите на них, чтобы добавить к выбору.',
  clear: 'Сбросить выбор',
  dataTable: 'Таблица данных',
  region: 'Регион-партнёр',
  industry: 'Отрасль',
  municipality: 'Муниципальное образование',
  from: 'Откуда',
  to: 'Куда',
  visits: 'Визитов',
  places: 'Объектов',
  rest: 'Остальные',
  restPlaces: 'Прочие организации',
  unspecified: 'Не указано',
  emptyVisits:
    'При текущих фильтрах нет визитов, которые можно отнести к региону-партнёру.',
  emptyFlows:
    'При текущих фильтрах нет визитов, в которых названы предприятия или организации области.',
  emptyPlaces: 'При текущих фильтрах не остаётся ни одного предприятия или парка.',
} as const

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
