import type { TimelineKind } from '@/domain/timeline/month-bins'

/**
 * One fixed colour per kind, each at least 3:1 against white (WCAG 1.4.11 for graphics), so
 * a bar and a legend swatch stay visible on the white panel. None is near-black: that is
 * the playback cursor's colour. The test checks the ratios.
 */
export const KIND_COLOURS: Record<TimelineKind, string> = {
  visit: '#7a2e8e',
  meeting: '#0b5cad',
  'round-table': '#00796b',
  agreement: '#5a7a00',
  funding: '#b35c00',
  'production-launch': '#ad1457',
  award: '#8d6e00',
  incident: '#8a1313',
  other: '#5f6b77',
}
