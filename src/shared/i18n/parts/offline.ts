/** Interface text of the offline app: the offline banner and the update prompt. */
export const offlineRu = {
  banner: 'Нет сети — показаны данные от {{date}}',
  bannerNoDate: 'Нет сети — показаны сохранённые данные',
  update: 'Доступна новая версия — обновить',
  updateTitle: 'Перезагрузить страницу с новой версией Промкарты',
}
