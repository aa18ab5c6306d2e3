import type { Widen } from '../types'
import type { qualityRu } from '../parts/quality'

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
