import type { mapchartsRu } from '../parts/mapcharts'

export const mapchartsEn: typeof mapchartsRu = {
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  flowTitle_one: '{{from}} → {{to}}: {{count}} visit',
  flowTitle_few: '{{from}} → {{to}}: {{count}} visits',
  flowTitle_many: '{{from}} → {{to}}: {{count}} visits',
  flowTitle_other: '{{from}} → {{to}}: {{count}} visits',
}
