/** Interface text of the presenter feature (Russian first; English has the same keys). */
export const presenterRu = {
  title: 'presenter',
} as const

export const presenterEn: { [K in keyof typeof presenterRu]: string } = {
  title: 'presenter',
}
