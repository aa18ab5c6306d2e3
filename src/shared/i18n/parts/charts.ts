/** Interface text of the cooperation charts (Russian first; English has the same keys). */
export const chartsRu = {
  title: 'Кооперация',
} as const

export const chartsEn: { [K in keyof typeof chartsRu]: string } = {
  title: 'Cooperation',
}
