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
