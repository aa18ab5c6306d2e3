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
