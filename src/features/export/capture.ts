/** Elements marked with this attribute (the export menu's own messages) stay out of images. */
const SKIP_ATTRIBUTE = 'data-export-skip'

/**
 * A PNG of `node` with `stamp` appended at its bottom for the time of the capture. The map is
 * drawn from offline SVG layers and every asset is same-origin, so nothing taints the canvas;
 * html-to-image paints through a `data:` SVG image, which the page's CSP (`img-src 'self'
 * data: blob:`) allows. The library is loaded only when someone exports.
 */
export async function capturePng(node: HTMLElement, stamp: HTMLElement): Promise<Blob> {
  const { toBlob } = await import('html-to-image')
  node.append(stamp)
  try {
    const blob = await toBlob(node, {
      backgroundColor: backgroundOf(node),
      pixelRatio: window.devicePixelRatio || 1,
      // The app uses system fonts only: nothing to embed, and no style sheet to read.
      skipFonts: true,
      filter: (element) =>
        !(element instanceof Element && element.hasAttribute(SKIP_ATTRIBUTE)),
    })
    if (!blob || blob.size === 0) throw new Error('empty')
    return blob
  } finally {
    stamp.remove()
  }
}

/**
 * html-to-image paints `backgroundColor` on the captured node itself, so it is the node's own
 * colour where it has one (a white panel) and the page's where it is see-through (the app).
 */
function backgroundOf(node: HTMLElement): string {
  for (const element of [node, document.body, document.documentElement]) {
    const colour = getComputedStyle(element).backgroundColor
    if (colour && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour))
      return colour
  }
  return '#ffffff'
}
