/** Whether the page was opened as an embed (`?embed=1`): map, tiles and timeline only. */
export function isEmbedView(search: string = window.location.search): boolean {
  const value = new URLSearchParams(search).get('embed')
  return value === '1' || value === 'true'
}

/** The same view as a full dashboard: the link without `embed`. */
export function fullDashboardUrl(href: string = window.location.href): string {
  const url = new URL(href)
  url.searchParams.delete('embed')
  return url.toString()
}
