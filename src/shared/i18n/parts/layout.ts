/** Interface text of the page layout: sheets on a phone and the embedded view. */
export const layoutRu = {
  filtersButton: 'Фильтры',
  filtersButtonActive: 'Фильтры ({{count}})',
  filtersSheet: 'Фильтры',
  close: 'Закрыть',
  detailsSheet: 'Карточка записи',
  openFull: 'Открыть полную панель',
  embedLabel: 'Промкарта: встроенный вид',
}
