/** Interface text of the map's controls and arc labels (Russian first; English has the same keys). */
export const mapchartsRu = {
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  flowTitle_one: '{{from}} → {{to}}: {{count}} визит',
  flowTitle_few: '{{from}} → {{to}}: {{count}} визита',
  flowTitle_many: '{{from}} → {{to}}: {{count}} визитов',
  flowTitle_other: '{{from}} → {{to}}: {{count}} визита',
}
