/** Interface text of the grouped «Качество данных» list (Russian first; English has the same keys). */
export const qualityRu = {
  groups: 'Замечания по полям и сообщениям',
  count_one: '{{count, number}} замечание',
  count_few: '{{count, number}} замечания',
  count_many: '{{count, number}} замечаний',
  count_other: '{{count, number}} замечания',
  shownOf: 'показаны {{shown, number}} из {{total, number}}',
  more: 'показать ещё {{count, number}}',
  groupsShownOf: 'групп показано {{shown, number}} из {{total, number}}',
  moreGroups: 'показать ещё групп: {{count, number}}',
  wholeRow: 'строка целиком',
}

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

export const qualityEn: Widen<typeof qualityRu> = {
  groups: 'Issues by field and message',
  count_one: '{{count, number}} issue',
  count_few: '{{count, number}} issues',
  count_many: '{{count, number}} issues',
  count_other: '{{count, number}} issues',
  shownOf: '{{shown, number}} of {{total, number}} shown',
  more: 'show {{count, number}} more',
  groupsShownOf: '{{shown, number}} of {{total, number}} groups shown',
  moreGroups: 'show {{count, number}} more groups',
  wholeRow: 'whole row',
}
