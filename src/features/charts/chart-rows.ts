import { REST_ID, type SeriesItem } from '@/domain/charts/series'

/** Bars of regions and municipalities; industries bring their own colours. */
export const BAR_COLOUR = '#0b5cad'
export const REST_COLOUR = '#8a949f'
export const SELECTED_STROKE = '#1b1f24'

const HEX = /^#[0-9a-fA-F]{6}$/

/** One bar and its table row. */
export interface ChartRow {
  /** Unique, never empty: the category of the chart axis (ids may be `''`). */
  key: string
  /** The filter value the row toggles. */
  id: string
  label: string
  count: number
  colour: string
  pressed: boolean
  /** False for the rest row: it stands for many values and toggles none. */
  toggles: boolean
}

/** Turns a series into rows, marking the values chosen in the filter. */
export function toChartRows(
  items: readonly SeriesItem[],
  chosen: readonly string[],
  label: (item: SeriesItem) => string,
): ChartRow[] {
  return items.map((item) => {
    const rest = item.id === REST_ID
    return {
      key: `#${item.id}`,
      id: item.id,
      label: label(item),
      count: item.value,
      colour: rest ? REST_COLOUR : safeColour(item.colour),
      pressed: !rest && chosen.includes(item.id),
      toggles: !rest,
    }
  })
}

/** Colours come from validated data; anything else falls back to the bar colour. */
export function safeColour(colour: string | undefined, fallback = BAR_COLOUR): string {
  return colour && HEX.test(colour) ? colour : fallback
}

/** Opacity of a mark: chosen ones stand out, the others dim while anything is chosen. */
export function markOpacity(pressed: boolean, anyChosen: boolean): number {
  if (!anyChosen) return 0.9
  return pressed ? 1 : 0.3
}

/** Shortens a long name for an axis; the table and the tooltip carry it in full. */
export function truncate(text: string, max = 32): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text
}

/** Width of one character of a chart label at 12px, in pixels (wide Cyrillic letters included). */
const LABEL_CHAR_PX = 8

/** How many characters of a label fit `room` pixels, ellipsis included; at least 4. */
export function labelChars(room: number, charPx = LABEL_CHAR_PX): number {
  return Math.max(4, Math.floor(room / charPx))
}

/**
 * The width of the category labels of a horizontal bar chart `width` pixels wide: up to
 * `max`, but never more than 40% of the chart, so the bars keep most of a narrow panel.
 * Before the width is known, `max`.
 */
export function categoryLabelWidth(width: number, max = 240, min = 96): number {
  if (width <= 0) return max
  return Math.round(Math.min(max, Math.max(min, width * 0.4)))
}

/** Width of one character of an 11px Sankey label, wide capitals included. */
const SANKEY_CHAR_PX = 7.5

/** How the Sankey diagram shares its width: side margins for labels and the middle gap's. */
export interface SankeyLabelLayout {
  /** Margin on each side, for the outer columns' labels. */
  side: number
  /** Characters of a label by column: sources, organisations, industries. */
  chars: [number, number, number]
}

/**
 * Label room in a Sankey diagram `width` pixels wide with `nodeWidth`-pixel nodes: the outer
 * columns' labels sit in the side margins, the middle column's in the gap between the middle
 * and right columns. Each label is cut to fit its room, so none reaches the next column.
 */
export function sankeyLabelLayout(
  width: number,
  nodeWidth: number,
  maxSide = 230,
): SankeyLabelLayout {
  const side =
    width <= 0 ? maxSide : Math.round(Math.min(maxSide, Math.max(64, width * 0.26)))
  const inner = width <= 0 ? 4 * maxSide : width - 2 * side
  const gap = (inner - 3 * nodeWidth) / 2
  const pad = 10
  return {
    side,
    chars: [
      labelChars(side - pad, SANKEY_CHAR_PX),
      labelChars(gap - 2 * pad, SANKEY_CHAR_PX),
      labelChars(side - pad, SANKEY_CHAR_PX),
    ],
  }
}

/** Recharts' tooltip box writes white and grey inline: in the theme's colours instead. */
export const TOOLTIP_STYLE = {
  contentStyle: {
    background: 'var(--surface)',
    borderColor: 'var(--border)',
    color: 'var(--text)',
  },
  itemStyle: { color: 'var(--text)' },
} as const
