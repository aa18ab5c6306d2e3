/** Interface text of the export feature (Russian first; English has the same keys). */
export const exportRu = {
  title: 'export',
} as const

export const exportEn: { [K in keyof typeof exportRu]: string } = {
  title: 'export',
}
