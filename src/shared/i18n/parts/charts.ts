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
