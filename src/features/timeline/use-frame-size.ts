import { type RefObject, useEffect, useLayoutEffect, useState } from 'react'

/** Font size of the chart's labels before one is drawn: 0.8rem. */
const DEFAULT_FONT_PX = 12.8

/**
 * The width of an element, followed as it resizes (0 until it is laid out, and in jsdom), and
 * the font size its SVG labels are drawn at (larger on a presenter's slide), read once a
 * label exists so the axis can fit its labels to the room they really take.
 */
export function useFrameSize(ref: RefObject<HTMLElement | null>): {
  width: number
  fontSize: number
} {
  const [width, setWidth] = useState(0)
  const [fontSize, setFontSize] = useState(DEFAULT_FONT_PX)
  useEffect(
    function followWidth() {
      const element = ref.current
      if (!element || typeof ResizeObserver === 'undefined') return
      const observer = new ResizeObserver(([entry]) =>
        setWidth(Math.round(entry?.contentRect.width ?? 0)),
      )
      observer.observe(element)
      return () => observer.disconnect()
    },
    [ref],
  )
  useLayoutEffect(
    function readLabelFont() {
      const label = ref.current?.querySelector('svg text')
      if (!label) return
      const size = parseFloat(getComputedStyle(label).fontSize)
      if (Number.isFinite(size) && size > 0 && size !== fontSize) setFontSize(size)
    },
    [ref, width, fontSize],
  )
  return { width, fontSize }
}
