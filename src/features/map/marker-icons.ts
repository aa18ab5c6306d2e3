import { DivIcon, type DivIconOptions } from 'leaflet'

/**
 * Marker icons are SVG built only from numbers and validated `#RRGGBB` colours; no text from
 * the data ever goes into icon HTML (Leaflet renders it as HTML).
 */
const HEX = /^#[0-9a-fA-F]{6}$/
const FALLBACK = '#5f6b77'
export const ICON_SIZE = 26

export function safeColour(colour: string | undefined): string {
  return colour && HEX.test(colour) ? colour : FALLBACK
}

export interface SingleIconStyle {
  colour: string
  shape: 'circle' | 'square'
  approximate: boolean
  selected: boolean
  offset: readonly [number, number]
}

/**
 * A `DivIcon` that parses its HTML once and clones it for each further marker. Leaflet sets
 * `innerHTML` for every marker it draws; a filter change that brings a hundred markers spent
 * most of its marker time parsing the same few SVGs again. An icon drawn once (a cluster's
 * own count and mix) is parsed once, as before.
 */
class TemplateIcon extends DivIcon {
  readonly #html: string
  #content: DocumentFragment | null = null
  #drawn = 0

  constructor(options: DivIconOptions & { html: string }) {
    super({ ...options, html: '' })
    this.#html = options.html
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const element = super.createIcon(oldIcon)
    if (!this.#content && this.#drawn++ > 0) {
      const template = document.createElement('template')
      template.innerHTML = this.#html
      this.#content = template.content
    }
    if (this.#content) element.append(this.#content.cloneNode(true))
    else element.innerHTML = this.#html
    return element
  }
}

function divIcon(options: DivIconOptions & { html: string }): DivIcon {
  return new TemplateIcon(options)
}

const iconCache = new Map<string, DivIcon>()

/** Icon of one record: circle for an enterprise, square for a park; hollow and dashed if approximate. */
export function singleIcon(style: SingleIconStyle): DivIcon {
  const colour = safeColour(style.colour)
  const key = `s|${colour}|${style.shape}|${style.approximate}|${style.selected}|${style.offset.join(',')}`
  const cached = iconCache.get(key)
  if (cached) return cached
  const fill = style.approximate ? '#ffffff' : colour
  const stroke = style.approximate ? colour : '#1b1f24'
  const dash = style.approximate ? ' stroke-dasharray="3 2"' : ''
  const width = style.approximate ? 3 : 1.5
  const shape =
    style.shape === 'circle'
      ? `<circle cx="13" cy="13" r="7.5" fill="${fill}" stroke="${stroke}" stroke-width="${width}"${dash}/>`
      : `<rect x="5.5" y="5.5" width="15" height="15" rx="2" fill="${fill}" stroke="${stroke}" stroke-width="${width}"${dash}/>`
  const ring = style.selected
    ? '<circle cx="13" cy="13" r="12" fill="none" stroke="#b35c00" stroke-width="2.5"/>'
    : ''
  const icon = divIcon({
    className: `place-icon${style.selected ? ' place-icon--selected' : ''}`,
    html: `<svg width="${ICON_SIZE}" height="${ICON_SIZE}" viewBox="0 0 26 26" aria-hidden="true">${ring}${shape}</svg>`,
    iconSize: [ICON_SIZE, ICON_SIZE],
    iconAnchor: [ICON_SIZE / 2 - style.offset[0], ICON_SIZE / 2 - style.offset[1]],
  })
  iconCache.set(key, icon)
  return icon
}

/** A cluster bubble: a ring split by industry share around the number of records. */
export function clusterIcon(
  count: number,
  mix: readonly { colour: string; count: number }[],
): DivIcon {
  const size = count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 46 : 54
  const r = size / 2 - 4
  const circumference = 2 * Math.PI * r
  let offset = 0
  const total = mix.reduce((sum, m) => sum + m.count, 0) || 1
  const arcs = ringShares(mix)
    .map((m) => {
      const length = (m.count / total) * circumference
      const arc = `<circle cx="${size / 2}" cy="${size / 2}" r="${r}" fill="none" stroke="${safeColour(m.colour)}" stroke-width="7" stroke-dasharray="${length.toFixed(2)} ${(circumference - length).toFixed(2)}" stroke-dashoffset="${(-offset).toFixed(2)}" transform="rotate(-90 ${size / 2} ${size / 2})"/>`
      offset += length
      return arc
    })
    .join('')
  const label = Math.round(count).toString()
  return divIcon({
    className: 'cluster-icon',
    html: `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true"><circle cx="${size / 2}" cy="${size / 2}" r="${r + 3.5}" fill="#ffffff" stroke="#1b1f24" stroke-width="1"/>${arcs}<text x="50%" y="50%" dominant-baseline="central" text-anchor="middle" font-size="13" font-weight="700" fill="#1b1f24">${label}</text></svg>`,
    iconSize: [size, size],
  })
}

/** At most this many industries get their own arc of a cluster's ring; the rest share one. */
export const RING_ARCS = 6

/**
 * The arcs of a cluster's ring: the largest industries (`mix` comes largest first), then one
 * neutral arc for all the others. Thirty arcs of a percent or two drew nothing one could
 * tell apart, and made every cluster's SVG five times longer to build on each filter change.
 */
export function ringShares(
  mix: readonly { colour: string; count: number }[],
): { colour: string; count: number }[] {
  if (mix.length <= RING_ARCS) return [...mix]
  const rest = mix.slice(RING_ARCS - 1).reduce((sum, m) => sum + m.count, 0)
  return [...mix.slice(0, RING_ARCS - 1), { colour: FALLBACK, count: rest }]
}

/** Arrow head at the end of a flow, rotated to the direction of travel. */
export function arrowIcon(bearing: number, colour: string): DivIcon {
  const angle = Math.round(bearing)
  return divIcon({
    className: 'flow-arrow',
    html: `<svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true"><path d="M3 4 L19 11 L3 18 Z" fill="${safeColour(colour)}" stroke="#ffffff" stroke-width="1.5" transform="rotate(${angle} 11 11)"/></svg>`,
    iconSize: [22, 22],
  })
}

/** The visit count at the middle of a flow: only a whole number goes into its HTML. */
export function flowCountIcon(count: number): DivIcon {
  const label = Math.max(0, Math.round(count)).toString()
  const width = 14 + 8 * label.length
  return divIcon({
    className: 'flow-count',
    html: `<span class="flow-count__label">${label}</span>`,
    iconSize: [width, 20],
  })
}
