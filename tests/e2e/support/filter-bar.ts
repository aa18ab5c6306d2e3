import type { Page } from 'playwright-core'

/** The filter bar's «Добавить фильтр» combobox. */
export function addFilterBox(page: Page) {
  return page.getByRole('combobox', { name: 'Добавить фильтр' })
}

/** Adds a filter value by clicking its option, found by its label (the count follows it). */
export async function addFilter(page: Page, label: string): Promise<void> {
  const box = addFilterBox(page)
  await box.fill(label)
  await page
    .getByRole('option', { name: new RegExp(`^${escape(label)}\\s*,\\s*\\d`) })
    .click()
}

/** Types a day into a period field (`filter-from` / `filter-to`) and reads it with Enter. */
export async function typeDay(page: Page, testId: string, text: string): Promise<void> {
  const field = page.getByTestId(testId)
  await field.fill(text)
  await field.press('Enter')
}

/** `YYYY-MM-DD` as the Russian period fields show it, `ДД.ММ.ГГГГ`; an open bound is empty. */
export function russianDay(iso: string | null): string {
  if (!iso) return ''
  const [year, month, day] = iso.split('-')
  return `${day}.${month}.${year}`
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
