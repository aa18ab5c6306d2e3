/** The characters an HTML attribute value must not carry as they are. */
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  '<': '&lt;',
  '>': '&gt;',
}

const escapeAttribute = (value: string) =>
  value.replace(/[&"<>]/g, (char) => ATTRIBUTE_ESCAPES[char] ?? char)

/**
 * The `<iframe>` a ministry portal pastes to show this view: the same link with `embed=1`
 * (map, tiles and timeline, no menus), titled for screen readers. Only http(s) pages embed.
 */
export function embedCode(href: string, title: string): string {
  const url = new URL(href)
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`not an http(s) page: ${url.protocol}`)
  url.searchParams.set('embed', '1')
  url.hash = ''
  return (
    `<iframe src="${escapeAttribute(url.toString())}" title="${escapeAttribute(title)}"` +
    ` width="100%" height="640" style="border:0" loading="lazy"></iframe>`
  )
}
