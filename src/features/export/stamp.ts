import type { Brief } from './brief'

export interface StampLabels {
  filters: string
  sources: string
  exported: string
}

/**
 * The block appended under a captured panel: which data, as of when, with which filters and
 * from which sources, so an image pasted into a report still says what it shows. Built with
 * `textContent` only: data text never becomes markup.
 */
export function buildStamp(brief: Brief, labels: StampLabels, lang: string): HTMLElement {
  const stamp = document.createElement('div')
  stamp.className = 'export-stamp'
  stamp.lang = lang
  const line = (className: string, label: string | null, text: string) => {
    const p = document.createElement('p')
    p.className = className
    if (label) {
      const strong = document.createElement('strong')
      strong.textContent = `${label}: `
      p.append(strong)
    }
    p.append(text)
    stamp.append(p)
  }
  line(
    'export-stamp__title',
    null,
    [brief.title, brief.updated].filter(Boolean).join(' · '),
  )
  line('export-stamp__line', labels.filters, brief.filters.join(' · '))
  line('export-stamp__line', labels.sources, brief.sources.join('; '))
  line('export-stamp__meta', null, labels.exported)
  return stamp
}
