/** Lower-cases and folds «ё» into «е», so search ignores case and the optional dots. */
export function normaliseText(text: string): string {
  return text.toLocaleLowerCase('ru-RU').replaceAll('ё', 'е').trim()
}
