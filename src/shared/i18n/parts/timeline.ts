/** Interface text of the timeline panel (Russian first; English has the same keys). */
export const timelineRu = {
  title: 'Хронология',
} as const

export const timelineEn: { [K in keyof typeof timelineRu]: string } = {
  title: 'Timeline',
}
